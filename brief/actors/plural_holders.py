"""A position held by people described in the plural reads with a plural verb.

Why: a list line puts its verb right after the holder ("loggers (group) — claim they heard a shot"),
and phrasing.present_cue makes it for one holder ("claims"), which is right for a person or a body
but reads as a broken verb under "loggers", "residents" or "Tory MPs". Only the line's first verb
changes; its content is the article's words and is never touched.
"""

from __future__ import annotations

from brief.actors.phrasing import is_noun, present, verb_lemma

PLURAL_WITHOUT_S = frozenset("people men women children police folk clergy".split())
"""Plural nouns with no "-s" that name people who speak together ("police say", "the men allege")."""

_SINGULAR_IN_S = ("ss", "us", "is", "ics")
"""Endings of singular nouns in "s" ("the press", "the campus", "the politics"), never plurals of people."""

_PLURAL_AUXILIARY = {"is": "are", "has": "have", "does": "do", "was": "were"}


def plural_name(name: str) -> bool:
    """Whether a described holder's head word is a plural ("loggers", "fellow councilmembers",
    "Tory MPs", "the men"): an "-s" form whose singular the dictionary knows as a noun, or a word it
    does not know at all; "news" and "series" are nouns as written, so singular."""
    words = name.split()
    if not words:
        return False
    word = words[-1].lower().strip(".,;:'’")
    if word in PLURAL_WITHOUT_S:
        return True
    if len(word) < 3 or not word.endswith("s") or word.endswith(_SINGULAR_IN_S):
        return False
    singulars = [word[:-1]]
    if word.endswith("es"):
        singulars.append(word[:-2])
    if word.endswith("ies"):
        singulars.append(word[:-3] + "y")
    return any(is_noun(s) for s in singulars) or not is_noun(word)


def plural_line(summary: str) -> str:
    """The list line with its first verb made plural: "claims they heard" -> "claim they heard",
    "is angry about" -> "are angry about", "does not say" -> "do not say"; a modal or a cue kept in its
    own words ("backer of") stays as it is."""
    first, _, rest = summary.partition(" ")
    plural = _PLURAL_AUXILIARY.get(first)
    if plural is None:
        base = verb_lemma(first) if first.islower() else None
        plural = base if base is not None and present(base) == first and base != first else first
    return f"{plural} {rest}" if rest else plural
