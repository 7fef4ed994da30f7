"""Which person named last a "he" or "she" with no speaker near goes on with: the sentence's subject, not a name
it puts after a preposition, as a possessor, or as the topic of the writer's own question.

Why: centering (Grosz, Joshi and Weinstein 1995) ranks a sentence's subject above its objects as what the next
pronoun goes on with, and the last person named is often neither: "Ada Byrne was born in Tolan to Piet and Mira
Byrne. “...,” she says" is Ada, not her mother; "it was Ada Byrne who won, beating Lise Moor. “...,” she said" is
the winner. In an interview, "As I sit across from Ivo Marten, I ask if Tom Reed will win. “...,” he says": the
reply is the man asked, not the one the question is about.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_PREPOSITION = re.compile(
    r"(?<!according )\b(?:to|on|in|at|from|into|with|about|against|for|of|over|under|by|like|opposite|alongside|"
    r"beside|between|among|than|toward|towards|via|through|behind|near)\s+"
    r"(?:(?:the|a|an|his|her|their|its|[A-Z‘'][\w'’‘.-]*|and|or),?\s+){0,6}?[‘'\"“]?$")
"""A preposition before the name, maybe past a determiner, title words or the first of names joined by "and" ("to Piet and
Mira Byrne"); "according to" introduces a source, who is no oblique name."""
PREPOSITION_REACH = 80
"""Characters before a name looked at for its preposition and the names joined with it."""
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
_ASKED = re.compile(r"\b(?:I|we)\s+(?:ask|asked|wonder|wondered|put it to \w+)\b(?:\s+\w+)??\s+"
                    r"(?:if|whether|about|why|what|how|who)\b")
"""The writer's own question ("I ask if", "I asked him whether", "we wonder why"): names after it are what the
question is about."""
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+|\n")
SENTENCE_REACH = 400
"""Characters back from a name looked at for the start of its sentence."""
SUBJECT, OBLIQUE, POSSESSOR = 0, 1, 2
"""Ranks of a person named in a sentence, best first: a subject's place, a preposition's object, a possessor."""


def _sentence_start(text: str, at: int) -> int:
    breaks = list(_SENTENCE_BREAK.finditer(text, max(0, at - SENTENCE_REACH), at))
    return breaks[-1].end() if breaks else max(0, at - SENTENCE_REACH)


def asked_about(text: str, m: Mention) -> bool:
    """Whether ``m`` is named in the writer's own question, after "I ask if" in its sentence."""
    return _ASKED.search(text, _sentence_start(text, m.start), m.start) is not None


def _rank(text: str, m: Mention) -> int:
    if _POSSESSIVE_AFTER.match(text, m.end):
        return POSSESSOR
    if _PREPOSITION.search(text, max(_sentence_start(text, m.start), m.start - PREPOSITION_REACH), m.start):
        return OBLIQUE
    return SUBJECT


def subject_antecedent(text: str, candidates: list[Mention]) -> Mention | None:
    """The person of ``candidates`` (those a pronoun may go back to, in text order) that it goes on with: in the
    sentence of the last of them not named in the writer's own question, the one of best rank (``_rank``), the
    last of those; None when there is no candidate."""
    told = [m for m in candidates if not asked_about(text, m)] or candidates
    if not told:
        return None
    latest = told[-1]
    same = [m for m in told if m.sentence == latest.sentence]
    ranks = [_rank(text, m) for m in same]
    best = min(ranks)
    return next(m for m, rank in zip(reversed(same), reversed(ranks)) if rank == best)
