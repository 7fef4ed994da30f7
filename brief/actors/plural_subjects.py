"""A sentence's first word that may be the subject of a verb's base after it ("Protesters attack police chief ...").

Moved from ``roles`` (session 64) to keep that module under 500 lines; behaviour unchanged.
"""

from __future__ import annotations

PLURAL_SUBJECTS = frozenset("police people they we you i".split())
"""Sentence-opening subjects plural without an "-s": a verb's base after them is that verb ("Police raid ...")."""


def plural_subject(word: str) -> bool:
    """Whether a sentence's first word may be the subject of a verb's base after it: a plural ("Protesters attack
    police chief ..."); not a singular name ("Congress party leader X", "Labour party leader X"), after which the
    base is a noun of the office's field."""
    lower = word.lower()
    return lower in PLURAL_SUBJECTS or lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
