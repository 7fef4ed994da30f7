"""A person's name with lower-case particles inside it, which the name tagger types a body: "Ursula von der
Leyen", "Ludwig van Beethoven", "Mohammed bin Salman".

Why: the tagger reads a window of words and has seen few such names; it tagged "Ursula von der Leyen" and
"Leyen" as organisations, and the actor list held an organisation "Leyen" that "told MEPs" while the
Commission's president was no one. A given name, then one to three particles, then a capitalised surname is
one person; the surname's mentions elsewhere in the article, with their particles ("von der Leyen told MEPs",
"Von der Leyen's second Commission"), are that person too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention

PARTICLES = "von van der den de la le du da di del della dela delos dos das bin ibn al el ter ten zu".split()
"""Lower-case words inside a person's name between the given name and the surname."""
MAX_PARTICLES = 3
"""Particles in a row ("von der", "van de", "de la"): more is a clause."""
_PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
_PARTICLED = re.compile(rf"[A-Z][a-z]+\s+(?:{_PARTICLE}\s+){{1,{MAX_PARTICLES}}}[A-Z][\w'’-]+")
"""A given name, particles and a surname, as one mention."""
_LEADING = re.compile(rf"(?:{_PARTICLE}\s+)+", re.I)
"""Particles a surname's mention opens with ("der Leyen")."""
_BEFORE = re.compile(rf"\b{_PARTICLE}\s+$", re.I)
"""A particle right before a surname's mention ("Von der | Leyen")."""
PARTICLE_REACH = 20
"""Characters read back from a surname's mention for its particles."""


def particled_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with each given name, particles and surname made a person, and the surname's other
    mentions, written with their particles, that person."""
    people = {m.name.split()[-1]: m.name for m in mentions if _PARTICLED.fullmatch(m.surface) and (
        m.surface.split()[0] in first_names()  # or a given name no list holds where the tagger read a person
        or m.kind == "person" and m.surface.split()[0].lower() not in PARTICLES)}  # ("Cilliers van der Merwe"), not
    # the surname opening a sentence ("Van der Merwe said"), "Rio de Janeiro", a place, nor "Banco do Brasil", a body
    if not people:
        return list(mentions)
    return [_as_person(text, m, people) for m in mentions]


def _as_person(text: str, m: Mention, people: dict[str, str]) -> Mention:
    """A mention of a particled person, whole or by the surname with its particles, as that person."""
    name = people.get(m.surface.split()[-1])
    if name is None:
        return m
    if m.name == name or m.surface == name:
        return dataclasses.replace(m, kind="person")
    if " " in m.surface.strip() and not _LEADING.match(m.surface):
        return m  # another name ending in the same word
    if not (_LEADING.match(m.surface) or _BEFORE.search(text, max(0, m.start - PARTICLE_REACH), m.start)):
        return m  # "Leyen" alone, no particle: not written as her surname
    return dataclasses.replace(m, name=name, kind="person")
