"""Titles written with hyphens: "director-general", "secretary-general", "editor-in-chief",
"vice-chancellor". Apart from brief.actors.roles, which reads a title before a name and is at its size.
"""

from __future__ import annotations

from brief.actors import kinds
from brief.actors.gazetteer import TITLES

_HYPHENED_HEADS = (TITLES | kinds.TITLE_WORDS - kinds.HONORIFIC_NAMES) - frozenset(
    "state defence defense finance foreign interior prime vice opposition general lady lord dame sir".split())
"""Titles that make a hyphened word one ("director" of "director-general"), less the words that only qualify an
office ("state-run", "vice-like")."""


def hyphened_title(word: str) -> bool:
    """A title written with hyphens ("director-general", "secretary-general", "editor-in-chief",
    "vice-chancellor"): two or three letter-only parts, one of them a title."""
    parts = word.split("-")
    return 2 <= len(parts) <= 3 and all(p.isalpha() for p in parts) and any(p in _HYPHENED_HEADS for p in parts)
