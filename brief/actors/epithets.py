"""People a page names by an epithet in place of their name: "“I had to suffer,” the Spaniard said",
"the German told reporters", "The England captain said", "the striker added", "The world number one
said". Sports and feature pages vary a player's name so after naming them once; as a source such an
epithet read as no one (a description with no name), or as the country its demonym names ("the
German" as Germany, "the England captain" as England).

The person is the one the text was just about, by centering: of the latest sentence within
``referring.DESCRIBED_REACH`` that names a person, the first person it names (its subject, as a rule:
"Carlos Alcaraz fought back to beat Alexander Zverev. “...,” the Spaniard said" is Alcaraz). The
text gives no nationality or position to check a name against, so the latest person named would as
often be the opponent the subject beat.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from brief.actors.gazetteer import DEMONYMS
from brief.actors.joined_callings import first_calling
from brief.actors.mentions import Mention
from brief.actors.referring import DESCRIBED_REACH
from brief.actors.sport_callings import LEADING_CALLINGS, PLAYING_CALLINGS

if TYPE_CHECKING:
    from brief.actors.mention_index import MentionIndex

NOUN_COUNTRIES = {
    "Spaniard": "Spain", "Frenchman": "France", "Frenchwoman": "France", "Englishman": "England",
    "Englishwoman": "England", "Scot": "Scotland", "Scotsman": "Scotland", "Scotswoman": "Scotland",
    "Welshman": "Wales", "Welshwoman": "Wales", "Irishman": "Ireland", "Irishwoman": "Ireland",
    "Dutchman": "Netherlands", "Dutchwoman": "Netherlands", "Swede": "Sweden", "Dane": "Denmark", "Pole": "Poland",
    "Croat": "Croatia", "Finn": "Finland", "Briton": "United Kingdom", "Turk": "Turkey", "Serb": "Serbia",
}
"""Nationality nouns for one person and the country they name (the adjectives are ``gazetteer.DEMONYMS``'), which
``epithet_evidence`` looks for beside a person's name."""
NATIONAL_NOUNS = frozenset(NOUN_COUNTRIES) | frozenset(
    "Kiwi Aussie Argentine Cypriot Czech Filipino Greek Kazakh Kosovar Kurd Slovak Tajik Uzbek".split()
)
"""Nationality nouns that name one person and are no adjective ("the Dane", not "the Australian" paper)."""
NATIONALS = NATIONAL_NOUNS | frozenset(d for d in DEMONYMS if " " not in d and d.endswith(("an", "i")))
"""Demonyms that are nouns for one person ("the Spaniard", "the German", "the Kenyan", "the Israeli"):
not those that are the people or state as a whole ("the French", "the British", "the Chinese")."""
_RANKED = re.compile(r"\bworld\s+(?:number|no\.?)\s+(?:one|two|three|\d{1,3})$")
"""A player by their ranking ("the world number one", "the world No. 3")."""
_AGED = re.compile(r"\d{1,3}-year-old")
"""A person by their age ("the 34-year-old"): only a person is written so in news."""
EPITHET_MAX_WORDS = 5
"""Words of "the 21-year-old England captain": a longer phrase is a clause, no epithet. A name's capitalised
words count as one ("the two-time Lakeside Motor Speedway champion" is four): a name is one word of the phrase."""


RACING_CALLINGS = frozenset({"driver", "rider"})
"""What motor-racing news calls a driver after the team or maker they race for ("the BMW driver also admitted", "the
Ducati rider said"): the person the story was just about, never the team, which the name only modifies. Only after
a capitalised name, as ``LEADING_CALLINGS`` ("the bus driver" is anyone's), or a nationality ("The German driver, who
..., says" after a lead on one driver). A nationality was once left out: on a K page the person named last before it was
the byline's writer; ``writers.in_byline`` now keeps a byline's names from any epithet."""


PARTY_MEMBERS = frozenset({"Republican", "Democrat", "Tory", "Conservative", "Liberal", "Unionist", "Nationalist"})
"""A member of a party, after the place they represent ("“...,” the Ohio Republican said", "the Lancaster
Republican's statement", "the Dorset Tory"): US and British political pages vary a lawmaker's name so, after
naming them once; read as the place (Ohio) or no one before."""


def epithet(written: str) -> bool:
    """Whether a source phrase names a person by an epithet: "the" then at most a few words, ending
    in a nationality ("the Spaniard", "the 23-year-old Brazilian"), a player's calling ("the England
    captain", "the veteran"), an age ("the 34-year-old"), a ranking ("the world number one"), a named
    body's leader ("the Arsenal boss") or a place's party member ("the Ohio Republican")."""
    words = first_calling(written.split())  # "the former England captain and Lions colossus": the captain
    if not 2 <= _phrase_length(words) <= EPITHET_MAX_WORDS or words[0].lower() != "the":
        return False
    head = words[-1].rstrip(",")
    return (head in NATIONALS or head.lower() in PLAYING_CALLINGS or _AGED.fullmatch(head) is not None
            or _RANKED.search(" ".join(words).lower()) is not None
            or (head.lower() in LEADING_CALLINGS or head in PARTY_MEMBERS
                or head.lower() in RACING_CALLINGS) and len(words) >= 3 and words[1][:1].isupper())


def _phrase_length(words: list[str]) -> int:
    """The phrase's words, a run of capitalised words after its first (a name: "Lakeside Motor Speedway") counted once."""
    return 1 + sum(1 for i, w in enumerate(words[1:], 1) if not (w[:1].isupper() and words[i - 1][:1].isupper() and i > 1))


def centred_person(before: list[Mention], mentions: MentionIndex, sentence: int,
                   speaker: Mention | None = None) -> Mention | None:
    """The person the text was just about: the first person named in the latest sentence within
    ``DESCRIBED_REACH`` that names one (see the module's docstring); None when none was named so near.
    When that sentence also names the last speaker, the speaker: "Vale said .... Reid, Ames and Oduya are
    Vale's rivals. “...,” the two-time champion said" goes on with Vale, not the first rival listed."""
    people = [m for m in before if mentions.personal(m) and not m.demonym and sentence - DESCRIBED_REACH <= m.sentence]
    if not people:
        return None
    latest = [m for m in people if m.sentence == people[-1].sentence]
    return next((m for m in latest if speaker is not None and speaker.kind == "person" and m.name == speaker.name), latest[0])
