"""Two more ways news writes one body's name, which grouping by words keeps apart: its head word moved
("the Energy Department" of the Department of Energy, "the Defence Ministry" of the Ministry of
Defence) and its first word clipped ("the Fed" of the Federal Reserve, once the story has named it)."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from brief.actors.gazetteer import phrase_table

if TYPE_CHECKING:
    from brief.actors.grouping import Group

MOVABLE_HEADS = frozenset("Department Ministry Office Bureau Agency Administration Commission Service".split())
"""Heads of a government body's name that news puts first ("Department of Energy") or last ("Energy
Department") for one body."""
MIN_CLIPPED = 3
"""Fewest letters of a clipped first word ("Fed"): two are initials, not a clipping."""
MIN_CLIPPED_FROM = 6
"""Fewest letters of the word clipped ("Federal"): a short word's first letters are a word of their own."""


def _merge(into: Group, group: Group) -> None:
    into.mentions.extend(group.mentions)
    group.mentions.clear()


def join_moved_heads(groups: dict[tuple[str, str], Group]) -> None:
    """ "Energy Department" and "Department of Energy": one body, named the formal way ("of")."""
    formal = {g.key: g for g in groups.values() if g.kind == "organization" and g.mentions}
    for g in list(formal.values()):
        words = g.key.split()
        if len(words) >= 2 and words[-1] in MOVABLE_HEADS and g.mentions:
            other = formal.get(f"{words[-1]} of {' '.join(words[:-1])}")
            if other is not None and other is not g and other.mentions:
                _merge(other, g)


def _first(group: Group) -> tuple[int, int]:
    return min((m.article, m.start) for m in group.mentions)


def _initialled(group: Group) -> bool:
    """Whether the text names the body by its initials too ("FOMC"): a long name is shortened so, not clipped."""
    return any(m.name.isupper() and len(m.name) > 1 for m in group.mentions)


def join_clipped_names(groups: dict[tuple[str, str], Group]) -> None:
    """ "The Fed" after "the Federal Reserve": a one-word organisation that begins the first word of one
    organisation's name, named after it, is that body. A body the text also names by its initials
    ("FOMC") is shortened so, not clipped, and a name that opens with another such body's name ("Federal
    Reserve and Commerce Department") is that body and more; two bodies left leave it to neither, and
    a place ("Cal", "Penn") and a word of a compound ("Mac" of "MacBook Pro") are not read as clippings."""
    fuller: dict[str, list[Group]] = defaultdict(list)
    names: dict[int, set[str]] = {}
    for g in groups.values():
        if g.kind != "organization" or not g.mentions or _initialled(g):
            continue
        names[id(g)] = {m.name for m in g.mentions if " " in m.name}
        for name in names[id(g)]:
            first = name.split()[0]
            for n in range(MIN_CLIPPED, len(first) - 1):
                if len(first) >= MIN_CLIPPED_FROM and first[n].islower() and g not in fuller[first[:n]]:
                    fuller[first[:n]].append(g)  # "Mac" of "MacBook": a word of its own
    for g in list(groups.values()):
        if g.kind != "organization" or " " in g.key or not g.mentions or phrase_table().get((g.key,)):
            continue
        fits = [f for f in fuller.get(g.key, []) if f is not g]
        fits = [f for f in fits if not any(o is not f and any(n.startswith(k + " ") for n in names[id(f)] for k in names[id(o)])
                                           for o in fits)]
        if len(fits) == 1 and _first(fits[0]) < _first(g):
            _merge(fits[0], g)
