"""A one-word name listed among people's full names: a person.

Sports and arts copy lists a squad's or a cast's members in one run, the ones known by one name
beside the ones named in full: "the signings of Tavo, Rinaldi, Owen Marsh and Piet de Wit". The tagger,
which has never seen "Tavo", reads such a word as a club or a town, and with no given name beside it
nothing else marks it a person. A list whose other members are people's full names lists people, so a
one-word member that the text shows no body's or place's sign for is retyped a person at each writing.
A list that also holds a name of several words of another kind ("Brindle Motors, Tavo and Owen Marsh")
mixes kinds, and is left alone.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.personhood import company_or_product, known_place

_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}"
# "Tavo, Rinaldi, Owen Marsh and Piet Kade": three names or more, commas between, "and" before the last.
_LIST = re.compile(rf"(?<![\w'’-]){_NAME}(?:,\s{_NAME}){{1,}},?\sand\s{_NAME}(?![\w'’-])")
_ITEM = re.compile(_NAME)

MIN_FULL_NAMES = 2
"""People's full names (a census given name first) a list must hold for its one-word members to be read as
people: one may stand in a list of bodies ("Brindle Motors, Quell and Owen Marsh, its founder")."""


def _full_person(m: Mention) -> bool:
    words = m.name.split()
    return m.kind == "person" and len(words) > 1 and words[0] in first_names()


def listed_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with one-word names listed among people's full names retyped people."""
    at = {(m.start, m.end): m for m in mentions}
    found: set[str] = set()
    for run in _LIST.finditer(text):
        items = [at.get((run.start() + i.start(), run.start() + i.end())) for i in _ITEM.finditer(run.group())]
        if any(m is None for m in items):
            continue  # a word no name, or a name the tagger parted: no list of names
        listed = [m for m in items if m is not None]
        full = [m for m in listed if _full_person(m)]
        single = [m for m in listed if " " not in m.name and not m.demonym]  # one kept a person too ("Nani")
        if len(full) >= MIN_FULL_NAMES and len(full) + len(single) == len(listed):
            found.update(m.name for m in single if not m.name.isupper() and not known_place(m.name)
                         and not company_or_product(text, m.name))
    if not found:
        return list(mentions)
    return [dataclasses.replace(m, kind="person") if m.name in found and not m.demonym else m for m in mentions]
