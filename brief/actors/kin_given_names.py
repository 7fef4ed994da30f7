"""A relative named by a given name alone after a kin word is a person of the family's name: "Anna Keller beat
... Her sister Lotte, the defending champion, lost ..." names Lotte Keller.

Why: sports and family stories name the subject in full and then a sister, brother or son by the given name
only, after the kin word that ties them to the subject. Read as a one-word name ("Lotte") the relative was never
listed, and a later "Keller said" about her could only go to the subject, the one bearer of the name the text
wrote in full. The family name is the owner's: the subject named in full just before, whom "his"/"her" stands for
(of that pronoun's gender where the given name shows one), or the name written with "'s" right before the kin word.
Only a relative given a role of their own ("the defending champion") is so named: one brought in for the subject's
story alone ("his son, Robin, said") keeps the given name: named in full too, the held-out actor totals fell.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gender import FEMALE, MALE, first_names
from brief.actors.mentions import Mention

_KIN = "sister|brother|twin|son|daughter|father|grandson|granddaughter"
"""Kin words that name one relative born to the family's name: not a wife, husband or mother, who may keep
another ("his wife, Angelina"), nor a cousin, niece or step-child, who may be of another branch."""
_KIN_BEFORE = re.compile(
    rf"(?:\b(?P<pronoun>[Hh]is|[Hh]er)|(?P<owner>\b[A-Z][\w'’-]*)['’]s?)\s+"
    rf"(?:(?:late|elder|eldest|older|younger|youngest|little|big|baby|twin|only)\s+)?(?:{_KIN}),?\s+$")
"""A possessive pronoun or name, an optional word of age or standing, and the kin word right before the given name
("Her sister ", "his younger brother, ", "Keller's son ")."""
KIN_REACH = 40
"""Characters read back from the given name for its possessive and kin word."""
OWNER_REACH = 3
"""Sentences back (the kin's own included) within which "his"/"her" names its owner: the person the story was just
about; further back the pronoun's owner is anyone's guess."""
_GIVEN = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
"""A given name written alone ("Lotte", "Anne-Marie"): not an initial, a full name or a capitalised acronym."""
_PRONOUN_GENDER = {"his": MALE, "her": FEMALE}


def _opens_sentence(m: Mention) -> bool:
    """Whether a naming opens its sentence, as its subject: no word before it, or only its role ("Top seed Anna
    Keller beat ..."); not an object ("... with Mila Mulroney and Stockwell Day trailing")."""
    return not m.after or bool(m.role) and m.after == m.role.split()[-1].lower()


def _owner(mentions: list[Mention], kin: Mention, pronoun: str) -> Mention | None:
    """The person "his"/"her" before ``kin`` stands for: the subject of the nearest sentence (the kin's own, up to
    the kin, or one within ``OWNER_REACH`` before) that names a person in full, named in full opening it and of no
    other gender than the pronoun's ("Venus X was to play Yan Zi. Her sister ..." is Venus's); None when that
    sentence's people are all objects, whom the pronoun seldom means ("..., with Mila Y trailing. Her sister")."""
    want = _PRONOUN_GENDER[pronoun.lower()]
    people = [m for m in mentions if m.end <= kin.start and m.kind == "person" and not (m.kin or m.demonym)
              and " " in m.name and kin.sentence - OWNER_REACH <= m.sentence <= kin.sentence]
    if not people:
        return None
    nearest = max(m.sentence for m in people)
    first = min((m for m in people if m.sentence == nearest), key=lambda m: m.start)
    fits = first_names().get(first.name.split()[0]) in (None, want)
    return first if fits and _opens_sentence(first) else None


def kin_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each relative's given name written alone after a kin word named with the owner's family name
    (see the module's docstring); others as they were."""
    out: list[Mention] = []
    # a relative the text names in full elsewhere ("her father Donald" beside "Donald Trump"), or a son named for his
    # father ("Odom's son, Carl" beside "Carl Odom"), is left to the joins of given names
    given = {m.name.split()[0] for m in mentions if " " in m.name and m.kind == "person"}
    for m in mentions:
        if m.kind == "person" and m.role and m.surface == m.name and _GIVEN.fullmatch(m.name) and m.name not in given:
            found = _KIN_BEFORE.search(text, max(0, m.start - KIN_REACH), m.start)
            family = ""
            if found and found.group("pronoun"):
                owner = _owner(mentions, m, found.group("pronoun"))
                family = owner.name.split()[-1] if owner is not None else ""
            elif found:
                family = found.group("owner")
            if family and family != m.name and family[:1].isupper():
                m = dataclasses.replace(m, name=f"{m.name} {family}", kin=True)
        out.append(m)
    return out
