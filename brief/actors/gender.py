"""The gender a text shows for a person it names, so that "she said" never goes on with a man.

A pronoun was resolved to the last person named whoever they were: "she said" went to (Osama bin)
Laden. The text itself usually says: "Mr"/"Mrs"/"Ms"/"Sir"/"Dame" before the name, "his"/"her"
right after it ("Vance and his aides", "Orlov said her"), a kin or "-man"/"-woman" word beside it
("Orlov, the widow of ...", "Vance's wife"). A person whose text says nothing, or says both (two
people of one surname, "Mr and Mrs Clinton"), stays unknown and any pronoun may go to them.
"""

from __future__ import annotations

import re
from collections import Counter

from brief.actors.mentions import Mention

MALE, FEMALE = "m", "f"

_HONORIFICS = {
    **dict.fromkeys("mr mister sir lord king prince".split(), MALE),
    **dict.fromkeys("mrs ms miss lady dame queen princess madam mme".split(), FEMALE),
}
_MEN_WORDS = ("son father husband brother grandfather grandson widower uncle nephew boyfriend stepfather "
              "spokesman congressman chairman businessman councilman assemblyman alderman statesman "
              "policeman fireman clergyman sportsman anchorman frontman actor").split()
_WOMEN_WORDS = ("daughter mother wife sister grandmother granddaughter widow aunt niece girlfriend stepmother "
                "spokeswoman congresswoman chairwoman businesswoman councilwoman assemblywoman alderwoman "
                "stateswoman policewoman firewoman sportswoman anchorwoman actress").split()
_WORD_GENDER = {**dict.fromkeys(_MEN_WORDS, MALE), **dict.fromkeys(_WOMEN_WORDS, FEMALE)}
_PARTNER = {"wife": MALE, "husband": FEMALE, "widow": MALE, "widower": FEMALE}
"""Whose partner a name has: "Vance's wife" is a man's."""
_OWN = {"his": MALE, "himself": MALE, "her": FEMALE, "herself": FEMALE}


def _evidence(text: str, name: str) -> Counter[str]:
    """What the text says of the gender of whoever is written ``name``."""
    votes: Counter[str] = Counter()
    n = re.escape(name)
    for m in re.finditer(rf"\b(Mr|Mister|Sir|Lord|King|Prince|Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Madam|Mme)\.?\s+"
                         rf"(?:[A-Z][\w'’.-]*\s+){{0,2}}{n}\b", text):
        votes[_HONORIFICS[m.group(1).lower()]] += 1
    # "Vance and his aides", "Orlov said her", "Vance himself": the pronoun right after is theirs
    for m in re.finditer(rf"\b{n}\s+(?:(?:and|said|says|with)\s+(his|her)|(himself|herself))\b", text):
        votes[_OWN[(m.group(1) or m.group(2)).lower()]] += 1
    # "Vance shook his head": "his" is never an object, as "her" may be someone else's ("Vance told her")
    votes[MALE] += len(re.findall(rf"\b{n}\s+[a-z]+\s+his\b", text))
    # "Orlov, the widow of ...", "Vance, a spokesman for", "Orlov, whose son ..." is not hers: a noun first
    for m in re.finditer(rf"\b{n},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?([a-z]+)\b", text):
        if m.group(1) in _WORD_GENDER:
            votes[_WORD_GENDER[m.group(1)]] += 1
    for m in re.finditer(rf"\b{n}['’]s\s+(wife|husband|widow|widower)\b", text):
        votes[_PARTNER[m.group(1)]] += 1
    # "his wife, Mary Brel": the name after a kin word has its gender
    for m in re.finditer(rf"\b(?:his|her|their|whose)\s+([a-z]+),?\s+(?:[A-Z][\w'’-]*\s+){{0,2}}{n}\b", text):
        if m.group(1) in _WORD_GENDER and m.group(1) not in ("spokesman", "spokeswoman"):
            votes[_WORD_GENDER[m.group(1)]] += 1
    return votes


class Genders:
    """The gender each person of an article is shown to have, looked up as needed."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        people = {m.name for m in mentions if m.kind == "person" and not m.demonym}
        surnames = Counter(name.split()[-1] for name in people if " " in name)
        self._full = {name.split()[-1]: name for name in people if " " in name and surnames[name.split()[-1]] == 1}
        self._shared = {surname for surname, count in surnames.items() if count > 1}
        self._cache: dict[str, str] = {}

    def of(self, m: Mention) -> str:
        """MALE, FEMALE, or "" when the text does not say (or says both)."""
        name = self._full.get(m.name, m.name)  # "Laden" after "Osama bin Laden": the same man
        if name not in self._cache:
            votes = _evidence(self.text, name)
            last = name.split()[-1]
            if last != name and last not in self._shared:  # "Clinton" alone says nothing of Bill or Hillary
                votes += _evidence(self.text, last)
            self._cache[name] = MALE if votes[MALE] and not votes[FEMALE] else FEMALE if votes[FEMALE] and not votes[MALE] else ""
        return self._cache[name]

    def fits(self, m: Mention, pronoun: str) -> bool:
        """Whether ``pronoun`` ("she", "his") may stand for ``m``: not a known man for "she", nor the reverse."""
        want = FEMALE if pronoun in ("she", "her", "hers", "herself") else MALE if pronoun in ("he", "him", "his", "himself") else ""
        known = self.of(m)
        return not want or not known or known == want

    def may_be(self, before: list[Mention], pronoun: str) -> list[Mention]:
        """The mentions ``pronoun`` may go back to: none the text shows to be of the other gender, and
        past the latest such one, only those shown to be of its own ("Mr McLachlan said ... She said":
        not McLachlan, nor the man named before him whose gender is untold, but a woman named)."""
        clash = max((k for k, m in enumerate(before) if not self.fits(m, pronoun)), default=-1)
        return [m for k, m in enumerate(before) if self.fits(m, pronoun) and (k > clash or self.of(m))]
