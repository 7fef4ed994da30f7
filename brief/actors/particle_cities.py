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
def _particled() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[tuple[str, str]]] | None:
    """The list's cities with a lower-case word inside, longest first, as one pattern; and the gate that tells
    cheaply whether a text may hold one: each city's word before its first particle (the run of word characters
    it ends with) and that particle, as they must stand in the text, and the pattern that finds such pairs."""
    names = sorted((n for n in world_cities() if any(w[:1].islower() for w in n.split())), key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    pairs = set()
    for name in names:
        words = name.split()
        at = next(i for i, w in enumerate(words) if w[:1].islower())
        before = re.search(r"\w+$", words[at - 1]) if at else None
        if before is None or not words[at].isalpha():
            pairs.add(("", ""))  # a city the gate cannot tell: every text is searched
        else:
            pairs.add((before.group(0), words[at]))
    particles = "|".join(sorted({p for _, p in pairs if p}, key=len, reverse=True))
    # the word at a word boundary, taken whole ("(?=(\w+))\1": Python 3.10 has no possessive "\w++"): the same
    # matches as "(\w+)\s+", which finditer finds at word starts only (a match inside a word would start at the
    # word's start, found first), and \s never takes back a word character; unanchored, the search tried every
    # position and backtracked each word
    return re.compile(rf"\b(?:{alternatives})\b"), re.compile(rf"\b(?=(\w+))\1\s+({particles})\b"), frozenset(pairs)


def _may_hold_city(text: str, gate: re.Pattern[str], pairs: frozenset[tuple[str, str]]) -> bool:
    """Whether a word and a particle stand in ``text`` as they do in some particled city: the full pattern (hundreds
    of names, ~3 ms on an article) runs only then, on the few texts that name such a city."""
    return ("", "") in pairs or any((m.group(1), m.group(2)) in pairs for m in gate.finditer(text))


def particle_cities(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with each that lies in a particled city's writing made that city, one place per writing."""
    found = _particled()
    pattern = found[0] if found and _may_hold_city(text, found[1], found[2]) else None
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
