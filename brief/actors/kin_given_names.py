"""A relative named by a given name alone after a kin word is a person of the family's name: "Anna Keller beat
... Her sister Lotte, the defending champion, lost ..." names Lotte Keller.

Why: sports and family stories name the subject in full and then a sister, brother, wife or son by the given name
only, after the kin word that ties them to the subject. Read as a one-word name ("Lotte") the relative was never
listed, and a later "Keller said" about her could only go to the subject, the one bearer of the name the text
wrote in full. The family name is the owner's: the person named just before whom "his"/"her" stands for (of that
pronoun's gender where the given name shows one), or the name written with "'s" right before the kin word.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gender import FEMALE, MALE, first_names
from brief.actors.mentions import Mention

_KIN = ("sister|brother|twin|wife|husband|son|daughter|mother|father|cousin|niece|nephew|widow|widower|"
        "grandson|granddaughter|stepson|stepdaughter|half-brother|half-sister")
"""Kin words that name one relative who shares, as a rule, the family's name (not "partner" or "fiancée")."""
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


def _owner(mentions: list[Mention], kin: Mention, pronoun: str) -> Mention | None:
    """The person "his"/"her" before ``kin`` stands for: of the nearest sentence (the kin's own, up to the kin, or one
    within ``OWNER_REACH`` before) that names a person in full, the first so named (its subject, as a rule: "Venus
    X was to play Yan Zi. Her sister ..." is Venus's) whose given name does not show the other gender."""
    want = _PRONOUN_GENDER[pronoun.lower()]
    people = [m for m in mentions if m.end <= kin.start and m.kind == "person" and not (m.kin or m.demonym)
              and " " in m.name and kin.sentence - OWNER_REACH <= m.sentence <= kin.sentence]
    for sentence in sorted({m.sentence for m in people}, reverse=True):
        fits = [m for m in people if m.sentence == sentence and first_names().get(m.name.split()[0]) in (None, want)]
        if fits:
            return fits[0]
    return None


def kin_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each relative's given name written alone after a kin word named with the owner's family name
    (see the module's docstring); others as they were."""
    out: list[Mention] = []
    others = {m.name for m in mentions if not m.kin}  # "Odom's son, Carl": not Carl Odom, his father
    for m in mentions:
        if m.kin and m.kind == "person" and m.surface == m.name and _GIVEN.fullmatch(m.name):
            found = _KIN_BEFORE.search(text, max(0, m.start - KIN_REACH), m.start)
            family = ""
            if found and found.group("pronoun"):
                owner = _owner(mentions, m, found.group("pronoun"))
                family = owner.name.split()[-1] if owner is not None else ""
            elif found:
                family = found.group("owner")
            if family and family != m.name and family[:1].isupper() and f"{m.name} {family}" not in others:
                m = dataclasses.replace(m, name=f"{m.name} {family}")
        out.append(m)
    return out
