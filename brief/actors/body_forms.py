"""Ways news writes one body's name, which grouping by words keeps apart: its first word clipped ("the Fed"
of the Federal Reserve, once the story has named it), or a one-word nickname's front clipped ("the Boks" of the
Springboks). A head word moved ("Energy Department") is name_joins' rule."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from brief.actors.gazetteer import phrase_table
from brief.actors.short_forms import derived_from

if TYPE_CHECKING:
    from brief.actors.grouping import Group

MIN_CLIPPED = 3
"""Fewest letters of a clipped first word ("Fed"): two are initials, not a clipping."""
MIN_CLIPPED_FROM = 6
"""Fewest letters of the word clipped ("Federal"): a short word's first letters are a word of their own."""
MIN_TAIL = 3
"""Fewest letters of a nickname's tail written alone, its plural's "s" left out ("Bok" of "Springboks"): fewer are
a syllable, not a word of the name."""
MIN_HEAD = 4
"""Fewest letters clipped off the front ("Spring" of "Springboks"): a shorter head ("Hor" of "Hornets") leaves a
word that is another club's name ("Nets"), not a clipping."""


def _merge(into: Group, group: Group) -> None:
    into.mentions.extend(group.mentions)
    group.mentions.clear()


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
        fits = [f for f in fuller.get(g.key, []) if f is not g and not any(derived_from(g.key, n.split()[0]) for n in names[id(f)])]
        fits = [f for f in fits if not any(o is not f and any(n.startswith(k + " ") for n in names[id(f)] for k in names[id(o)])
                                           for o in fits)]
        if len(fits) == 1 and _first(fits[0]) < _first(g):
            _merge(fits[0], g)


def _stem(name: str) -> str:
    """A nickname without its plural's "s" ("Bok" of "Boks"), so the singular a team's adjective takes joins too."""
    return name[:-1] if name.endswith("s") else name


def join_clipped_tails(groups: dict[tuple[str, str], Group]) -> None:
    """ "the Boks" (and "a Bok team") after "the Springboks": a one-word body that is the tail of one other one-word
    body's name, named after it, is that body. Two bodies ending so ("Hawks" of "Blackhawks" and "Seahawks") leave
    it to neither; a place or a word the gazetteer knows stays its own."""
    bodies = [g for g in groups.values() if g.kind == "organization" and g.mentions and " " not in g.key]
    for g in bodies:
        tail = _stem(g.key.lower())
        if len(tail) < MIN_TAIL or not g.key[:1].isupper() or not g.key[1:].islower() or phrase_table().get((g.key,)):
            continue
        fits = [f for f in bodies if f is not g and f.mentions and f.key[1:].islower()
                and len(_stem(f.key)) - len(tail) >= MIN_HEAD and _stem(f.key.lower()).endswith(tail)]
        if len({_stem(f.key) for f in fits}) != 1:
            continue
        into = max(fits, key=lambda f: len(f.mentions))  # "Springboks" before "Springbok": joined later anyway
        if min(_first(f) for f in fits) < _first(g):
            _merge(into, g)
