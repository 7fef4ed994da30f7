"""The body a described agency of a larger one stands for: "the UN health agency said" after the World Health
Organization is named is that organisation, not the United Nations; "the EU's food safety agency" the European
Food Safety Authority named before. With no body of that field named before, the owner speaks, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

AGENCY_NOUNS = "agency|body|organisation|organization|fund|programme|program|office|authority|watchdog|arm"
"""Heads of a described body that belongs to the owner written before them ("the UN refugee agency")."""

_FIELD_AGENCY = re.compile(rf"(?:['’]s)?\s+((?:[a-z][a-z'’-]*\s+){{1,3}}?)(?:{AGENCY_NOUNS})", re.I)
"""What follows the owner's name: a possessive, one to three words of the body's field, and its head noun."""

_DEFINITE = re.compile(r"(?:the\s+)?$", re.I)
"""Only "the" (or nothing) before the owner: "a UN agency" is one of many, not one named before."""

FIELD_STEM = 5
"""Letters a field word and a word of a body's name must share from their start to be the same field ("refugee"
and "Refugees", "children's" and "Children"; "health" whole)."""

_PLAIN_FIELDS = frozenset({"top", "main", "new", "own", "global", "world", "international", "specialised",
                           "specialized", "special"})
"""Words before the head that say nothing of the field ("the UN's main agency"): they match no body."""


def field_agency(text: str, phrase: tuple[int, int], first_part: Sequence[Mention],
                 before: Sequence[Mention]) -> Mention | None:
    """The one body named before, other than the owner, whose name holds the field the phrase gives ("the UN
    health agency": the World Health Organization); its latest mention. None when the phrase is no owner's
    described agency, or no body or several of that field were named."""
    if len({m.name for m in first_part}) != 1 or any(m.kind == "person" for m in first_part):
        return None
    owner = first_part[-1]
    if owner.kind != "organization" or owner.demonym:
        return None  # "the US health agency": a state has many, its own named or not; a union's agency is one of a few
    if not _DEFINITE.fullmatch(text, phrase[0], owner.start):
        return None
    described = _FIELD_AGENCY.fullmatch(text, owner.end, phrase[1])
    if described is None:
        return None
    fields = [_stem(w) for w in described.group(1).split() if w.lower() not in _PLAIN_FIELDS]
    if not fields:
        return None
    bodies = [m for m in before if m.kind == "organization" and not m.demonym and m.name != owner.name
              and all(f in {_stem(w) for w in m.name.split()} for f in fields)]
    if len({m.name for m in bodies}) != 1:
        return None
    return bodies[-1]


def _stem(word: str) -> str:
    """A word's first letters, lower case, past a possessive: what a field and a name share."""
    return re.sub(r"['’]s?$", "", word.lower())[:FIELD_STEM]
