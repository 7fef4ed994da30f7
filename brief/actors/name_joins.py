"""Names of one actor written two ways that grouping by words misses: with or without spaces ("AirAsia",
"Air Asia"), or without the body's last word ("Big Machine" of Big Machine Records)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from brief.actors.kinds import ORGANIZATION_ENDINGS

if TYPE_CHECKING:
    from brief.actors.grouping import Group


def _compact(name: str) -> str:
    return name.replace(" ", "").replace("-", "").lower()


def join_spellings(groups: dict[tuple[str, str], Group]) -> None:
    """ "AirAsia", "Air Asia" and "AIrAsia"; "De Blasio" of "Bill DeBlasio": one name spelt with or
    without its spaces or hyphens, or in other capitals, is one actor (the most named spelling's); a
    person's short name so spelt joins the one full name that ends so."""
    by_compact: dict[tuple[str, str], list[Group]] = defaultdict(list)
    last_words: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        if g.mentions:
            by_compact[(g.kind, _compact(g.key))].append(g)
            if g.kind == "person" and " " in g.key:
                last_words[_compact(g.key.split()[-1])].append(g)
    for same in by_compact.values():
        if len(same) > 1:
            keep = max(same, key=lambda g: (len(g.mentions), g.key))
            for g in same:
                if g is not keep:
                    keep.mentions.extend(g.mentions)
                    g.mentions.clear()
    for g in list(groups.values()):
        if g.kind == "person" and len(g.key.split()) == 2 and g.mentions:
            full = [x for x in last_words.get(_compact(g.key), []) if x is not g and x.mentions]
            if len(full) == 1:
                full[0].mentions.extend(g.mentions)
                g.mentions.clear()


def join_names_without_ending(groups: dict[tuple[str, str], Group]) -> None:
    """ "Big Machine" in a story about Big Machine Records: an organisation's name of two words or more,
    written without the body's word that ends the one fuller name it opens ("Records", "Group"), is
    that body (one-word names are ``_attach_short_names``'s)."""
    fuller: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        words = g.key.split()
        if g.kind == "organization" and len(words) >= 3 and words[-1] in ORGANIZATION_ENDINGS and g.mentions:
            fuller[" ".join(words[:-1])].append(g)
    for g in list(groups.values()):
        fits = fuller.get(g.key, [])
        if g.kind == "organization" and " " in g.key and g.mentions and len(fits) == 1:
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()
