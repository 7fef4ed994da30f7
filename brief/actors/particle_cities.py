"""A city whose name holds lower-case particles, which the name tagger splits at them: "Dar es Salaam",
"Rio de Janeiro", "Mar del Plata".

Why: the tagger read "coming from Dar es Salaam" as a place "Dar" and a body "Salaam", and the actor list held
an organisation "Salaam" mentioned twice. A writing of a city of the generated world list (world_cities) that
has a particle in it is one place wherever it stands, whatever the tagger made of its parts, unless the tagger
read the whole writing as a person's name (several such cities bear one: "Euclides da Cunha", "Lauro de Freitas").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from brief.actors.mentions import Mention
from brief.actors.world_cities import world_cities


@cache
def _particled() -> re.Pattern[str] | None:
    """The list's cities with a lower-case word inside, longest first, as one pattern."""
    names = sorted((n for n in world_cities() if any(w[:1].islower() for w in n.split())), key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    return re.compile(rf"\b(?:{alternatives})\b")


def particle_cities(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with each that lies in a particled city's writing made that city, one place per writing."""
    pattern = _particled()
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []
    people = {(m.start, m.end) for m in mentions if m.kind == "person"}
    spans = [s for s in spans if s not in people]  # "Euclides da Cunha", a city named for a person: as tagged
    if not spans:
        return list(mentions)
    out: list[Mention] = []
    done: set[tuple[int, int]] = set()
    for m in mentions:
        span = next(((s, e) for s, e in spans if m.start < e and s < m.end), None)
        if span is None or m.start < span[0] or m.end > span[1]:
            out.append(m)  # elsewhere, or reaching past the city ("Dar es Salaam Port Authority"): as tagged
        elif span not in done:
            done.add(span)
            name = " ".join(text[span[0] : span[1]].split())
            out.append(dataclasses.replace(m, start=span[0], end=span[1], name=name, surface=name, kind="place"))
    return out
