"""Names written by their initials or cut before "of", which grouping by whole words misses: a person
known by initials ("MBS" of Mohammed bin Salman, "AOC" of Alexandria Ocasio-Cortez, "AMLO" of Andrés
Manuel López Obrador), which the tagger types a body or a place, and a body named without the place or
field its full name ends with ("the Reserve Bank" of the Reserve Bank of India), or by a blend of its
words' openings ("CommBank" of the Commonwealth Bank), or a person by the nickname the full name holds
in quotes ("Big Mo" of Mohammed "Big Mo" Rahman)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from brief.actors.gazetteer import ORG_WORDS, is_country
from brief.actors.kinds import ORGANIZATION_ENDINGS
from brief.actors.short_forms import acronyms, introduced_first

if TYPE_CHECKING:
    from brief.actors.grouping import Group

MIN_PERSON_INITIALS = 3
"""Fewest letters read as a person's initials: two ("JD", "MJ") spell too many people and codes."""


def person_initials(name: str) -> str:
    """The first letters of every word and hyphenated part of a person's name, particles too:
    "Mohammed bin Salman" -> "MBS", "Alexandria Ocasio-Cortez" -> "AOC"."""
    return "".join(w[0].upper() for w in re.split(r"[\s\-]+", name) if w[:1].isalpha())


def join_person_initials(groups: dict[tuple[str, str], Group]) -> None:
    """ "MBS said" after "Mohammed bin Salman": capitals that are the initials of the one person named in
    full before them are that person, where no body of the story has those initials and they name no
    country."""
    people: dict[str, list[Group]] = defaultdict(list)
    bodies: set[str] = set()
    for g in groups.values():
        if not g.mentions:
            continue
        if g.kind == "person" and " " in g.key:
            if not any(len(w.rstrip(".")) == 1 for w in g.key.split()):  # "Nathan B. Anders" is no "NBA"
                people[person_initials(g.key)].append(g)
        elif g.kind == "organization" and " " in g.key:
            bodies.update(acronyms(g.key))
    for g in list(groups.values()):
        letters = g.key.replace(".", "")
        if (not g.mentions or " " in g.key or not letters.isalpha() or not letters.isupper()
                or len(letters) < MIN_PERSON_INITIALS or letters in bodies or is_country(g.key)):
            continue
        fits = [p for p in people.get(letters, []) if p is not g]
        if len(fits) == 1 and introduced_first(fits[0], g):
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()


def join_bodies_without_of(groups: dict[tuple[str, str], Group]) -> None:
    """ "the Reserve Bank said" in a story naming the Reserve Bank of India: a body's name of two words or
    more, with a body's word, that is what comes before "of" in the one fuller body's name beginning so,
    named before it, is that body ("Bank of America" and "Bank of England" stay two: "Bank" is one word)."""
    heads: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        if g.kind == "organization" and g.mentions and " of " in g.key:
            heads[g.key[: g.key.index(" of ")]].append(g)
    for g in list(groups.values()):
        words = g.key.split()
        fits = heads.get(g.key, [])
        if (g.kind == "organization" and len(words) >= 2 and g.mentions and len(fits) == 1
                and any(w in ORGANIZATION_ENDINGS or w.lower() in ORG_WORDS for w in words)
                and introduced_first(fits[0], g)):
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()


_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")


def _blend_of(word: str, words: list[str]) -> bool:
    """Whether ``word`` is written in parts, each opening with a capital, that open the first words of a
    name in turn, one at least cut short: "CommBank" of Commonwealth Bank, "FedEx" of Federal Express.
    A word without inner capitals ("Tesco") is no blend: "Tes" and "co" open too many names."""
    parts = _CAMEL_PARTS.findall(word)
    words = [w for w in words if w[:1].isupper()]
    return (2 <= len(parts) <= len(words) and "".join(parts) == word
            and all(w.startswith(p) for p, w in zip(parts, words)) and any(p != w for p, w in zip(parts, words)))


def join_blends(groups: dict[tuple[str, str], Group]) -> None:
    """ "CommBank" after "the Commonwealth Bank of Australia": one word made of the openings of the first
    words of the one fuller name of the story named before it is that actor's short name, however the
    tagger typed it."""
    fuller = [g for g in groups.values() if g.mentions and g.kind in ("person", "organization") and " " in g.key]
    for g in list(groups.values()):
        if not g.mentions or " " in g.key or g.kind == "place":
            continue
        fits = [f for f in fuller if f is not g and f.mentions and _blend_of(g.key, f.key.split())]
        if len(fits) == 1 and introduced_first(fits[0], g):
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()


_QUOTED = re.compile(r"[\"“‘']([^\"”’']{2,40})[\"”’']")


def join_nicknames(groups: dict[tuple[str, str], Group]) -> None:
    """ "Big Mo told the court" after `Mohammed "Big Mo" Rahman`: the nickname a person's name holds in
    quotes, written alone, is that person (the one so nicknamed), however the tagger typed it."""
    nicknamed: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        if g.kind == "person" and g.mentions:
            for nick in dict.fromkeys(q.group(1).strip() for m in g.mentions for q in _QUOTED.finditer(m.surface)):
                nicknamed[nick].append(g)
    for g in list(groups.values()):
        fits = [p for p in nicknamed.get(g.key, []) if p is not g]
        if g.mentions and g.kind != "place" and len(fits) == 1 and introduced_first(fits[0], g):
            fits[0].mentions.extend(g.mentions)
            g.mentions.clear()
