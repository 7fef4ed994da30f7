"""A body's name that opens on a plural noun's possessive: "Children's Hospital", "Women's Institute".

Why: the tagger read "Children's" as a possessor and began a body after it, so "the Children's Bridge Foundation"
came out as "Bridge Foundation" (its name cut) and a body "Children" that also took in "Children's Hospital" as
its alias. A plural noun of people names whom a body serves, never an owner that news names by a capital: its
possessive right before a capitalised name is that name's first word.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from brief.actors.adjacent_joins import joined_with_next
from brief.actors.mentions import Mention, normalise
from brief.text.words import word_before

PLURAL_POSSESSORS = frozenset("Children Women Men People Veterans Workers Farmers Teachers Nurses Soldiers".split())
"""Plural nouns of people whose possessive opens a body's name ("Children's Hospital", "Women's Aid", "People's
Bank", "Veterans' Affairs", "Farmers' Union"); no one names a person or a body so alone."""
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)[ \xa0]")
"""The possessive and the one space before the body's next word."""
_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:'s|’s|'|’)[ \xa0]$")
"""A capitalised word and its possessive right before a name."""
WORD_REACH = 40
"""Characters read back from a joined name for the word before it, which its mention keeps."""
REACH = 20
"""Characters read back for the possessive word: the longest of the list and its "'s "."""


def plural_possessive_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a plural possessor and the name after it made one body, and a name whose possessor the
    tagger left out ("Children's [Bridge Foundation]") run back over it."""
    joined = joined_with_next(text, mentions, lambda m, by_start: _possessed(text, m, by_start))
    out = []
    for m in joined:
        before = _BEFORE.search(text, max(0, m.start - REACH), m.start)
        if m.kind != "place" and before is not None and before.group(1) in PLURAL_POSSESSORS:
            start = before.start(1)
            surface = text[start : m.end]
            m = dataclasses.replace(m, start=start, surface=surface, name=normalise(surface), kind="organization",
                                    after=word_before(text, start, WORD_REACH).lower())
        out.append(m)
    return out


def _possessed(text: str, m: Mention, by_start: Mapping[int, Mention]) -> tuple[int, Mention | None] | None:
    """Where the body's name ends when ``m`` is a plural possessor followed by a name the tagger found."""
    if m.surface not in PLURAL_POSSESSORS:
        return None
    mark = _POSSESSIVE.match(text, m.end)
    second = by_start.get(mark.end()) if mark is not None else None
    if second is None or second.kind == "place" and " " not in second.surface:
        return None  # "Children's Boston": no body's name after it
    return second.end, second
