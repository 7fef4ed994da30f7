"""A people's plural ("the Americans") that stands for people the page just named is no state.

Why: "the Americans will agree on a plan", written of a club's two American owners named the sentence before,
was listed as the United States: the demonym maps to its country, and the page never wrote the country at all.
Where "the Americans" means a state's government or forces ("the Americans did not follow their own procedures",
"the Iranians would refrain"), the page names that state too (its name, its adjective before an office, its
capital): its people's plural is then the state acting, and stays so. So a group made only of such plurals
written after "the", whose first writing in each article follows people named in full just before it, is those
people spoken of together, not a party of its own, and is not listed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from brief.actors.grouping import Group
from brief.actors.mentions import Mention

PEOPLE_REACH = 1
"""Sentences before the plural in which the people it stands for are named ("owners X and Y. ... the Americans")."""
MIN_PEOPLE = 2
"""People named in full there: a plural stands for two or more."""


def _plural(surface: str) -> bool:
    """Whether a demonym is written in the plural ("Americans", not "American" or "French")."""
    return surface.endswith("s") and not surface.endswith("ss")


def _after_the(text: str, m: Mention) -> bool:
    """Whether "the" is written right before the demonym ("the Americans")."""
    return text[max(0, m.start - len(_THE)) : m.start].lower() == _THE


_THE = "the "


def drop_demonym_sides(groups: list[Group], texts: Mapping[int, str]) -> list[Group]:
    """Leave out a state known only by its people's plural after "the", whose first writing in each article follows
    two or more people named in full in its sentence or the one before: those people together, not the state."""
    people: dict[tuple[int, int], set[str]] = defaultdict(set)
    for g in groups:
        if g.kind == "person":
            for m in g.mentions:
                if " " in m.name:
                    people[(m.article, m.sentence)].add(g.key)
    kept = []
    for g in groups:
        firsts: dict[int, Mention] = {}
        for m in sorted(g.mentions, key=lambda m: (m.article, m.start)):
            firsts.setdefault(m.article, m)
        if g.mentions and all(m.demonym and _plural(m.surface) and _after_the(texts.get(m.article, ""), m)
                              for m in g.mentions) and all(
                len(set().union(*(people.get((m.article, m.sentence - k), set()) for k in range(PEOPLE_REACH + 1))))
                >= MIN_PEOPLE for m in firsts.values()):
            continue
        kept.append(g)
    return kept
