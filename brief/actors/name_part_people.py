"""A word of a person's full name written alone is that person, not a body: "Amina Salum ... Amina says",
"Jack Draper and Dan Evans ... No 26 seed Evans recorded a win".

Why: the tagger types a one-word name from its sentence, and a given name or a surname alone in a sports
result or a feature's later paragraphs it often read as a body's ("Evans (organization)"), listed apart from
the person the article had named in full. A one-word "organization" that is the given name or the surname of a
person named in full (``_parts``) is that person's, unless the text speaks of the word as a company's ("Dell
shares", "a Ford pickup", ``company_or_product``) or the word is a body's by its own shape (an acronym, a body's
word: "Ford Foundation").
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from brief.actors.body_endings import ORGANIZATION_ENDINGS
from brief.actors.gazetteer import ORG_WORDS, phrase_table
from brief.actors.gender import first_names, shows_gender
from brief.actors.mentions import Mention
from brief.actors.named_people import called_a_person
from brief.actors.person_signs import aged
from brief.actors.personhood import company_or_product
from brief.actors.phrasing import is_noun


def _parts(text: str, mentions: list[Mention]) -> set[str]:
    """Given names and surnames of the people named in full by a known given name ("Amina Salum"), and the first
    words of the two-word names the text shows a person's by an age, a title, a gendered word or a calling
    ("Zawadi Mrema, 31,"): not of a name the tagger alone made a person's ("Ascom North America"); each a word
of one name of several words only (of any kind: "James Franco-Seth Rogen" and "Seth Rogen", typed a body)."""
    bearers: dict[str, set[str]] = defaultdict(set)
    for name in {m.name for m in mentions if m.kind == "person"}:
        words = name.split()
        if len(words) < 2:
            continue
        if words[0] in first_names():
            bearers[words[0]].add(name)
            bearers[words[-1]].add(name)
        elif len(words) == 2 and (aged(text, name) or shows_gender(text, name) or called_a_person(text, name)):
            bearers[words[0]].add(name)
    others = {m.name for m in mentions if m.kind != "person" and " " in m.name}  # "Seth Rogen" typed a body
    return {part for part, names in bearers.items()  # "Blake Curtis", "Blake Snyder": whose?
            if len(names | {n for n in others if part in (n.split()[0], n.split()[-1])}) == 1}


def name_part_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a one-word body that is a word of a person's full name, shown no company, retyped
    that person's (a person)."""
    bodies = {m.name for m in mentions if m.kind == "organization" and not m.demonym and " " not in m.name}
    if not bodies:
        return mentions
    parts = _parts(text, mentions) & bodies
    people = {n for n in parts - _steady_bodies(mentions) if n[:1].isupper() and n[1:].islower() and n.isalpha()
              and n not in ORGANIZATION_ENDINGS and n.lower() not in ORG_WORDS and (n,) not in phrase_table()
              and not company_or_product(text, n)}
    if not people:
        return mentions
    return [dataclasses.replace(m, kind="person") if m.kind == "organization" and m.name in people
            and not m.demonym and not _modifier(text, m) else m for m in mentions]


MIN_STEADY_BODY = 4
"""Writings of a word, each read a body by the tagger, that outweigh a person's name holding it written only once:
"the fastest Mac Apple has shipped" (a product's name run into its maker's) beside six writings of "Apple" the
body; one person's surname read a body (a sports result's "seed Evans") is read so once or twice."""


def _steady_bodies(mentions: list[Mention]) -> set[str]:
    """One-word names typed a body at ``MIN_STEADY_BODY`` writings or more, never a person, whose only full names
    of people are written once."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if not m.demonym:
            kinds[m.name][m.kind] += 1
    held = Counter(w for m in mentions if m.kind == "person" and " " in m.name for w in set(m.name.split()))
    return {n for n, k in kinds.items() if " " not in n and k["organization"] >= MIN_STEADY_BODY
            and not k["person"] and held[n] <= 1}


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
"""The lower-case word right after a name."""


def _modifier(text: str, m: Mention) -> bool:
    """ "Trump supporters", "Evans fans": the name modifies the noun after it, which names other people."""
    after = _NEXT_WORD.match(text, m.end)
    return after is not None and is_noun(after.group(1))
