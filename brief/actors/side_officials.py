"""An official a nationality names on a page about a national side: "an Indian official admitted" in a row over a
cricket match, where the same page writes "the Indian captain", "Indian players", "the Indian camp". The official is
the side's or its board's, not the state's.

Why: the source resolved to the demonym's country, so the team official's words went to India as the state's (judged
wrong on a read page). A page that writes the nationality before the nouns of a side ("team", "captain", "players",
"squad", "camp", "coach") at least ``MIN_SIDE_WRITINGS`` times uses it for the side; there "an Indian official" is
left unnamed. Elsewhere ("Iraqi officials said") the nationality's officials are the state's and stay so.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

SIDE_NOUNS = ("team|teams|captain|vice-captain|player|players|squad|side|camp|coach|selectors|manager|batsmen|"
              "bowlers|openers|fans|supporters")
"""Nouns of a side, its people and its following written after a nationality ("the Indian captain")."""

MIN_SIDE_WRITINGS = 2
"""Writings of the nationality before a side's noun that show the page uses it for the side: one may be an aside."""

_OFFICIAL = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?:senior\s+)?$")
"""What may stand in the source before the nationality: an article, "senior"."""
_OFFICIAL_AFTER = re.compile(r"\s+(?:official|officials|source|sources|spokesman|spokeswoman|spokesperson)\s*")
"""The source's rest after the nationality: its official or source alone."""


def side_official(text: str, demonym: Mention, phrase: tuple[int, int]) -> bool:
    """Whether the source ``phrase`` is a nationality's official alone ("an Indian official") on a page that writes
    the nationality for a side (see the module)."""
    if not (demonym.demonym and _OFFICIAL.fullmatch(text, phrase[0], demonym.start)
            and _OFFICIAL_AFTER.fullmatch(text, demonym.end, phrase[1])):
        return False
    side = re.compile(rf"\b{re.escape(demonym.surface)}\s+(?:{SIDE_NOUNS})\b")
    return len(side.findall(text)) >= MIN_SIDE_WRITINGS
