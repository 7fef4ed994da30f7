"""A person written again by the initial of the given name and the surname: "O. Moroz" after "Oleksandr Moroz",
"V. Klitschko" after "Vitali Klitschko". Ukrainian, Russian and Central Asian papers in English shorten a
name so on every later mention; the tagger keeps "O. Moroz" as a name of its own, and the person's words were
split between two actors."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.grouping import Group

_INITIALLED = re.compile(r"(?P<initials>(?:[A-Z]\.\s?){1,2})\s*(?P<surname>[A-Z][\w'’-]+)")
"""One or two initials with their full stops, then the surname ("O. Moroz", "Yu. Tymoshenko" is not: the
initials are single letters)."""


def join_initialled_people(groups: dict[tuple[str, str], Group]) -> None:
    """Each person named "O. Moroz" joined to the one person of the story whose name ends in that surname and
    opens with that initial (none when two fit, or none does)."""
    people = [g for g in groups.values() if g.kind == "person" and g.mentions]
    for g in people:
        found = _INITIALLED.fullmatch(g.key)
        if found is None:
            continue
        first = found.group("initials")[0]
        fits = [f for f in people if f is not g and f.mentions and len(f.key.split()) >= 2
                and f.key.split()[-1] == found.group("surname") and f.key[:1] == first and "." not in f.key.split()[0]]
        if len(fits) == 1:
            fits[0].mentions.extend(dataclasses.replace(m, name=fits[0].key) for m in g.mentions)  # under the whole name
            g.mentions.clear()
