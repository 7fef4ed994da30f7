"""A name a pronoun of its own sentence already stands beside: a later "she" goes on with the pronoun's person.

Why a module of its own: a "she said" with no speaker near went to the last woman named, and in "A paper has
reported she was a fan of Nina Simone. But she had no English. ... she recalled saying" that was the singer,
named only inside what "she" liked. A "she" before a name in one clause is someone else ("she admired Simone"
is never Simone admiring herself), so the sentence is about the pronoun's person, and so is the "she" after it.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

SENTENCE_REACH = 400
"""Characters back from a name within which its sentence's start is looked for: longer than most news
sentences, short enough that a page without stops is not scanned from its top at every name."""

SENTENCE_EDGE = re.compile(r"[.!?][\"'”’)]*\s+|\n")
"""A sentence's end: a stop, any closing quotes or brackets, and space; or a new line."""


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last ``SENTENCE_EDGE`` within ``SENTENCE_REACH``."""
    lo = max(0, at - SENTENCE_REACH)
    return max((e.end() for e in SENTENCE_EDGE.finditer(text, lo, at)), default=lo)
_SUBJECT_PRONOUN = re.compile(r"\b(?P<p>[Ss]he|[Hh]e)\b")
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”—–]|\s-\s|['‘’](?=\s|$)|(?<=\s)['‘’]")
"""Marks that end a clause: past one, the name may be the pronoun's own person ("When she arrived, Ms Lane
said"; '"She was brilliant," Ms Lane said'), so the name is kept."""
_NAMING = re.compile(r"\b(?:is|was|be|been|being|born|named|called|became|become|as|née|nee)\s+(?:[A-Z][\w.]*\s+)?$")
"""Words that make the name the pronoun's own, right before it or its title ("she was born Maria Lopez",
"he became Lord Cray"); not "she was into Diana Ross", where a word between says what she was to her."""


def bound_by_pronoun(text: str, m: Mention, pronoun: str) -> bool:
    """Whether a "he"/"she" (``pronoun``, the one to resolve) of the same gender stands before ``m`` in its
    sentence, in the same clause, so that ``m`` is someone that pronoun's person spoke of or dealt with."""
    want = pronoun.lower()
    return want in ("he", "she") and _bound(text, m, {want})


def after_pronoun_subject(text: str, m: Mention) -> bool:
    """Whether a "he" or "she" stands before ``m`` in its clause: the sentence is about that pronoun's person
    ("If he has advice for Starmer, it is ..."), whom a bare quotation after it goes on with, not ``m``."""
    return _bound(text, m, {"he", "she"})


def _bound(text: str, m: Mention, wanted: set[str]) -> bool:
    """Whether one of the ``wanted`` pronouns stands before ``m`` in its sentence with no clause break between."""
    start = sentence_start(text, m.start)
    if _NAMING.search(text, start, m.start):
        return False
    for found in _SUBJECT_PRONOUN.finditer(text, start, m.start):
        if found.group("p").lower() in wanted and not _CLAUSE_BREAK.search(text, found.end(), m.start):
            return True
    if subjectless_opening(text, m):
        after = _PRONOUN_AFTER.match(text, m.end)
        return after is not None and after.group("p").lower() in wanted
    return False


def subjectless_opening(text: str, m: Mention) -> bool:
    """Whether ``m`` stands in a phrase that opens its sentence with no subject of its own, a participle's or a
    preposition's ("Influenced by figures like Marcus Garvey, he ...", "Wearing the Imperial Crown, he ...",
    "After meeting Lena Ortiz, she ..."): its subject is the main clause's, so ``m`` is not the "he" after it
    (unlike a clause with a subject: "When I repeat this to Walter Penhallow, he is quiet": Penhallow)."""
    start = sentence_start(text, m.start)
    return _FRONTED.match(text, start, m.start) is not None and not _CLAUSE_BREAK.search(text, start, m.start)


_FRONTED = re.compile(r"\s*(?:[A-Z][a-z]+(?:ed|ing)|(?:After|Before|While|When|Since)\s+[a-z]+ing|Like|Unlike|Alongside|"
                      r"Despite)\b[^.!?]*$")
"""A sentence opening with a participle or preposition phrase ("Influenced by figures like Marcus Garvey,",
"Wearing the Imperial Crown,", "Like Garvey,"): its subject is the main clause's, named after its comma."""
_PRONOUN_AFTER = re.compile(r"[^,;:.!?\"“”]{0,80},\s*(?P<p>[Ss]he|[Hh]e)\b")
"""The main clause right after a fronted phrase, its subject a "he" or "she" ("..., he developed"): the
sentence is about that pronoun's person, and a name inside the fronted phrase is someone else."""
