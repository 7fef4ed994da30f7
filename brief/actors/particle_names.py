"""A person's name with lower-case particles inside it, which the name tagger splits in two: "Ursula von der
Leyen", "Ludwig van Beethoven", "Mohammed bin Salman".

Why: the tagger reads a window of words and has seen few such names; it tagged "Ursula" and "Leyen" as two
organisations, and the actor list held an organisation "Leyen" that "told MEPs" while the Commission's
president was no one. A given name, then one to three particles, then a capitalised surname the tagger marked
is one person; the surname's mentions elsewhere in the article ("von der Leyen told MEPs", "Von der Leyen's
second Commission") are that person too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention

PARTICLES = "von van der den de la le du da di del della dos das bin ibn al el ter ten zu".split()
"""Lower-case words inside a person's name between the given name and the surname."""
MAX_PARTICLES = 3
"""Particles in a row ("von der", "van de", "de la"): more is a clause."""
_PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
_GAP = re.compile(rf"\s+(?:{_PARTICLE}\s+){{0,{MAX_PARTICLES}}}")
"""Between the given name and the surname's mention: spaces and particles."""
_PARTICLED = re.compile(rf"[A-Z][a-z]+\s+(?:{_PARTICLE}\s+){{1,{MAX_PARTICLES}}}[A-Z][\w'’-]+")
"""A given name, particles and a surname, as one mention."""
_LEADING = re.compile(rf"(?:{_PARTICLE}\s+)+", re.I)
"""Particles a surname's mention opens with ("der Leyen"), or that stand before it ("Von der | Leyen")."""


def particled_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with a given name, particles and a surname made one person (split by the tagger or
    typed a body), and the surname's other mentions that person."""
    out: list[Mention] = []
    people: dict[str, Mention] = {}  # a person so named, by their surname's last word
    k = 0
    while k < len(mentions):
        m = mentions[k]
        joined = _joined(text, m, mentions[k + 1]) if k + 1 < len(mentions) else None
        if joined is None and _PARTICLED.fullmatch(m.surface) and m.surface.split()[0] in first_names():
            joined = dataclasses.replace(m, kind="person")  # "Ursula von der Leyen", tagged whole as a body
        if joined is not None:
            people[joined.name.split()[-1]] = joined
        out.append(joined or m)
        k += 2 if joined is not None and joined.end > m.end else 1
    if not people:
        return out
    return [_as_person(text, m, people) for m in out]


def _joined(text: str, given: Mention, surname: Mention) -> Mention | None:
    """One person from a given name's mention and the surname's after it, when particles stand between."""
    if given.sentence != surname.sentence or " " in given.surface or given.surface not in first_names():
        return None
    gap = _GAP.fullmatch(text, given.end, surname.start)
    leading = _LEADING.match(surname.surface)
    if gap is None or not (gap.group().strip() or leading):
        return None  # "Ursula Leyen", two names side by side: no particle, nothing to mend
    rest = surname.surface[leading.end() :] if leading else surname.surface
    if not rest[:1].isupper() or " " in rest:
        return None
    written = " ".join(text[given.start : surname.end].split())
    return dataclasses.replace(given, end=surname.end, name=written, surface=text[given.start : surname.end],
                               kind="person", role=given.role or surname.role)


def _as_person(text: str, m: Mention, people: dict[str, Mention]) -> Mention:
    """A mention of a joined person's surname, with its particles written before it or in it, as that person."""
    last = m.surface.split()[-1]
    person = people.get(last)
    if person is None or m.name == person.name or " " in m.surface.strip() and not _LEADING.match(m.surface):
        return m
    before = text[max(0, m.start - 20) : m.start]
    if not (_LEADING.match(m.surface) or re.search(rf"\b{_PARTICLE}\s+$", before, re.I)):
        return m
    return dataclasses.replace(m, name=person.name, kind="person")
