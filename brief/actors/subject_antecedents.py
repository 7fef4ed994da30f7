"""Which person named last a "he" or "she" with no speaker near goes on with: the sentence's subject, not a name
it puts after a preposition.

Why: centering (Grosz, Joshi and Weinstein 1995) ranks a sentence's subject above its objects as what the next
pronoun goes on with, and the last person named is often neither: "Ada Byrne was born in Tolan to Piet and Mira
Byrne. “...,” she says" is Ada, not her mother; "it was Ada Byrne who won, beating Lise Moor. “...,” she said" is
the winner; "As I sit across from Ivo Marten, a short walk from Nora Quill's gallery, ... “...,” he says" is
Marten, not the one whose gallery places the office.
"""

from __future__ import annotations

import re

from brief.actors.content_ends import finite_word
from brief.actors.mentions import Mention
from brief.actors.people_they import SENTENCE_BREAK
from brief.actors.reported_speakers import within_dash_aside

_PREPOSITION = re.compile(
    r"(?<!according )(?<!According )\b(?i:to|on|in|at|from|into|with|about|against|for|of|over|under|by|like|opposite|"
    r"alongside|beside|between|among|than|toward|towards|via|through|behind|near)\s+"
    r"(?:(?:the|a|an|his|her|their|its|[A-Z‘'][\w'’‘.-]*|and|or),?\s+){0,6}?[‘'\"“]?$")
"""A preposition before the name, a sentence's first word too ("With Ivo Marten gone, ..."), maybe past a determiner,
title words or the first of names joined by "and" ("to Piet and Mira Byrne"); "according to" introduces a source, who
is no oblique name."""
_CLAUSE_OPENS = re.compile(r"[A-Za-z.]{2,},\s$")
"""A comma right before the name after a word: the fronted phrase closed, the clause's subject next ("With Marten
replaced by Lise Moor, Ada Quinn is confident": Quinn), not a name of a preposition's list."""
PREPOSITION_REACH = 80
"""Characters before a name looked at for its preposition and the names joined with it."""
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
_CUT_POSSESSOR = re.compile(r"\s+(?:[a-z]{1,3}[-\s])?[A-Z][\w-]*['’]s?\s")
"""A possessive after the rest of a name the tagger cut ("Zia" of "Zia ul-Haq's", "Osama" of "Osama bin Laden's")."""
SENTENCE_REACH = 400
"""Characters back from a name looked at for the start of its sentence."""
SUBJECT, OBLIQUE, POSSESSOR, ASIDE = 0, 1, 2, 3
"""Ranks of a person named in a sentence, best first: a subject's place, a preposition's object, a possessor
within a preposition's object or past the verb, one named in an aside set off by dashes (``_rank``)."""


def _sentence_start(text: str, at: int) -> int:
    breaks = list(SENTENCE_BREAK.finditer(text, max(0, at - SENTENCE_REACH), at))
    return breaks[-1].end() if breaks else max(0, at - SENTENCE_REACH)


def _rank(text: str, m: Mention) -> int:
    """``SUBJECT`` for a name in a subject's place, or a possessor there ("the Taoiseach's spokesman said": the one
    the spokesman speaks for); ``OBLIQUE`` for a preposition's object; ``POSSESSOR`` for a possessor within one ("a
    walk from Nora Quill's gallery"), a place named by whose it is; ``ASIDE`` for one in a dashed aside."""
    if within_dash_aside(text, m.start, m.end):
        return ASIDE  # "for Hodgson - his predecessor Lawrie Sanchez insisted on ... - but": a side remark's
    start = max(_sentence_start(text, m.start), m.start - PREPOSITION_REACH)
    if not _PREPOSITION.search(text, start, m.start) or _CLAUSE_OPENS.search(text, start, m.start):
        return POSSESSOR if possessor_after_verb(text, m, _sentence_start(text, m.start)) else SUBJECT
    return POSSESSOR if _POSSESSIVE_AFTER.match(text, m.end) else OBLIQUE


def possessor_after_verb(text: str, m: Mention, sentence_start: int) -> bool:
    """Whether the name is a possessor past its sentence's verb ("Bhutto did little to reverse Zia's policies"): it
    says whose the object is, no subject's place, however near the pronoun after it; before the verb ("the
    Taoiseach's spokesman said") it is the one the subject speaks for."""
    if not _POSSESSIVE_AFTER.match(text, m.end) and not _CUT_POSSESSOR.match(text, m.end):
        return False
    return any(finite_word(w) for w in re.findall(r"[A-Za-z]+", text[sentence_start : m.start]))


def subject_antecedent(text: str, candidates: list[Mention]) -> Mention | None:
    """The person of ``candidates`` (those a pronoun may go back to, in text order) that it goes on with: in the
    sentence of the last of them, the one of best rank (``_rank``), the last of those; None when there is none."""
    if not candidates:
        return None
    latest = candidates[-1]  # of its sentence, those in its paragraph: a credit line with no stop runs into the next
    same = [m for m in candidates if m.sentence == latest.sentence and "\n" not in text[m.start : latest.start]]
    ranks = [_rank(text, m) for m in same]
    best = min(ranks)
    return next(m for m, rank in zip(reversed(same), reversed(ranks)) if rank == best)
