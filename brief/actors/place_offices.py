"""A place's single office holder, unnamed: "The mayor of Corbin says the bridge will reopen", "the governor of
Wescott said": the mayor speaks, not the town.

Why: the source's only name is the place, so it resolved to the place and the town was listed saying what its
mayor said. When the article names the holder ("Mayor Ada Quill", "President Ivo Rask of Estland"),
``office_of_holders`` and ``referring.holder_of_title_of`` find that person first; with no one named, the office
is the speaker, as written ("the mayor of Corbin"), a person. "Corbin says" alone is still the town, and
"officials in Corbin" still speak for it (``place_bodies.officials_in_place``): they are its many voices, while a
mayor or a governor holds the one office and is quoted as a person.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

PLACE_OFFICES = ("mayor", "lord mayor", "deputy mayor", "governor", "lieutenant governor", "president", "vice president",
                 "premier", "prime minister", "chancellor", "first minister", "chief minister", "king", "queen", "emir",
                 "sultan", "sheriff", "county executive", "county judge")
"""Offices of one holder each that a place has (a town's mayor, a state's governor, a country's president or
king); not its officials, spokesmen or police, who speak for the place or for a body of its own."""

TOWN_HALL_OFFICES = frozenset({"mayor", "lord mayor", "deputy mayor", "premier", "prime minister", "first minister",
                               "chief minister"})
"""Of those, the offices only a place has: "the mayor of Dunmere" is the town's even where the tagger typed the
invented town a body; not "the president" or "the governor" of a body ("the governor of the Bank of Ostland")."""

_OFFICE_OF = re.compile(rf"(?:[Tt]he\s+)(({'|'.join(sorted(PLACE_OFFICES, key=len, reverse=True))})\s+of\s+(?:the\s+)?)")
"""The source up to the place: "The mayor of ", "the governor of the "; nothing else before the office."""


def place_office(text: str, found: Mention, phrase: tuple[int, int], article: int) -> Mention | None:
    """The office ``found`` (a place, or a town the tagger typed a body) is held in when the source ``phrase`` is "the OFFICE of PLACE" and the place
    ends it, as a person mention of those words ("mayor of Corbin"); else None."""
    if found.kind == "person" or found.demonym or text[found.end : phrase[1]].strip():
        return None
    office = _OFFICE_OF.fullmatch(text, phrase[0], found.start)
    if office is None or found.kind != "place" and " ".join(office.group(2).split()) not in TOWN_HALL_OFFICES:
        return None
    start = office.start(1)
    name = " ".join(text[start : found.end].split())
    return Mention(article, found.sentence, start, found.end, name, text[start : found.end], "person")


_OFFICE_NAME = re.compile(rf"(?:{'|'.join(sorted(PLACE_OFFICES, key=len, reverse=True))})\s+of\s+.+")
"""An actor's name that is such an office as written ("mayor of Corbin")."""


def office_name(name: str) -> bool:
    """Whether a person's name is a place's office ("mayor of Corbin"): its last word is the place, no surname, so
    "Corbin says" alone stays the town's."""
    return _OFFICE_NAME.fullmatch(name) is not None
