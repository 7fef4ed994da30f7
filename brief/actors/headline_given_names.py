"""A person's given name written alone where the headline alone gives the whole name: "Rowan and Selena decided
..." on a page whose text calls her "Marquez" and whose headline names "Selena Marquez". Celebrity pages use the
given name as friends do; the tagger typed "Selena" a body, and it was listed beside the person it names.

The full name comes from the headline only once the groups are made (``headline_full_names``), so the given name
is joined here: a one-word group that is the first word of the one headline full name given to a person of its
articles, with no role or demonym of its own and no known place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from brief.actors.grouping import Group
from brief.actors.headline_full_names import headline_full_name
from brief.actors.personhood import known_place

_GIVEN_KINDS = frozenset({"organization", "person"})
"""Kinds the tagger gives a given name written alone (a body's by default, a person's where a cue follows)."""


def join_headline_given_names(groups: list[Group], titles: Mapping[int, str]) -> list[Group]:
    """``groups`` with each given name written alone joined to the person whom only the headline names in full."""
    taken = {g.name for g in groups if " " in g.key}
    by_given: dict[str, list[Group]] = {}
    for g in groups:
        if g.kind != "person" or " " in g.key or not g.mentions:
            continue
        articles = sorted({m.article for m in g.mentions})
        full = headline_full_name(g.name, g.kind, articles, titles, taken)
        if full != g.name:
            by_given.setdefault(full.split()[0], []).append(g)
    if not by_given:
        return groups
    for g in groups:
        people = by_given.get(g.key, [])
        if (len(people) != 1 or people[0] is g or g.kind not in _GIVEN_KINDS or not g.mentions or " " in g.key
                or not g.key.isalpha() or g.key.isupper() or known_place(g.key)
                or any(m.role or m.demonym for m in g.mentions)
                or not {m.article for m in g.mentions} <= {m.article for m in people[0].mentions}):
            continue
        person = people[0]
        person.mentions.extend(dataclasses.replace(m, name=person.key, kind="person") for m in g.mentions)
        person.mentions.sort(key=lambda m: (m.article, m.start))
        g.mentions.clear()
    return [g for g in groups if g.mentions]
