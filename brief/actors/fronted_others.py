"""A person named in a fronted phrase that has no subject of its own is not the "he" or "she" after its comma.

Why: a phrase opening a sentence with a participle or a preposition ("Asked whether he would take gifts from
Lord Vane, he said", "Under cross-examination by Mr Oduya, he said", "Influenced by figures like Ada Byrne, she
chose") takes the main clause's subject as its own: the pronoun is the one asked, cross-examined, influenced, and a
name inside the phrase is someone else (were it the same person, the phrase would say "he" or "himself"). The last
name before the pronoun is then the one person it is not. A fronted clause with a subject of its own ("When I put
this to Ivo Marten, he laughs"; "In 1970, after Ivo Marten lost, he resigned") leaves its names as they were.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.people_they import SENTENCE_BREAK

SENTENCE_REACH = 400
"""Characters back from the pronoun looked at for its sentence's start (a long fronted phrase and its names)."""
_OPENING_PREPOSITIONS = frozenset(
    "in under during with like unlike despite following amid amidst among at on upon alongside by from for "
    "throughout without against regarding according besides beside".split())
"""Prepositions that open a fronted phrase of no subject ("In his evidence", "Under questioning", "Like her
mother"); not "after", "before", "since" and "as", which as often open a clause with a subject of its own."""
_SUBORDINATORS = frozenset("after before since when while once though although until unless because".split())
"""Words that open a clause: one with a subject of its own ("after Ivo Marten lost") keeps its names as they were;
with a participle right after ("After meeting Ivo Marten", "When asked by Ivo Marten") it has none."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|ing|en)")
"""A participle ("asked", "influenced", "speaking", "given"); a sentence's first word so spelled but capitalised as a
name ("Fielding", "Ted") is one only when a lower-case word follows it (``_bare_opening``)."""
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def _bare_opening(words: list[str]) -> bool:
    """Whether a fronted phrase's words open it with no subject: a preposition, a participle, or a clause's
    opening word and then a participle ("After meeting", "When asked")."""
    first = words[0].lower()
    if first in _OPENING_PREPOSITIONS:
        return True
    second = words[1] if len(words) > 1 else ""
    if first in _SUBORDINATORS:
        return bool(_PARTICIPLE.fullmatch(second))
    return bool(_PARTICIPLE.fullmatch(first)) and second[:1].islower()


def _own_subject(words: list[str], head: str) -> bool:
    """Whether a clause inside the fronted phrase opens with a subject other than the pronoun ("In 1970, after
    Ivo Marten lost"): its names may be that subject, who the pronoun may go on with."""
    for k, word in enumerate(words[1:-1], start=1):
        following = words[k + 1]
        if word.lower() in _SUBORDINATORS and following.lower() != head and not _PARTICIPLE.fullmatch(following):
            return True
    return False


def clause_before(text: str, pronoun: int) -> tuple[int, int] | None:
    """The start of the pronoun's sentence and the comma right before the pronoun at ``pronoun``: the span of
    what is fronted before it, or None when no comma stands right before it or the sentence opens too far back."""
    comma = text.rfind(",", max(0, pronoun - 4), pronoun)
    if comma < 0 or text[comma + 1 : pronoun].strip():
        return None
    breaks = list(SENTENCE_BREAK.finditer(text, max(0, pronoun - SENTENCE_REACH), pronoun))
    opening = breaks[-1].end() if breaks else (0 if pronoun <= SENTENCE_REACH else -1)
    return None if opening < 0 else (opening, comma)


def fronted_span(text: str, pronoun: int, head: str) -> tuple[int, int] | None:
    """The fronted phrase of no subject of its own that ends, with its comma, right before the pronoun ``head``
    ("he", "she") at ``pronoun`` in the pronoun's sentence (see the module), or None."""
    clause = clause_before(text, pronoun)
    if clause is None:
        return None
    opening, comma = clause
    words = _WORD.findall(text, opening, comma)
    return (opening, comma) if words and _bare_opening(words) and not _own_subject(words, head) else None


def not_fronted(text: str, before: list[Mention], pronoun: int, head: str) -> list[Mention]:
    """``before`` without the people a fronted phrase of no subject names before the pronoun (``fronted_span``): not
    a possessor ("During Ivo Marten's testimony, he said": the one the phrase is about)."""
    span = fronted_span(text, pronoun, head)
    if span is None:
        return before
    return [m for m in before if not _inside(text, span, m)]


def _inside(text: str, span: tuple[int, int], m: Mention) -> bool:
    return span[0] <= m.start and m.end <= span[1] and not _POSSESSIVE_AFTER.match(text, m.end)
