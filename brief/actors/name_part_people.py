"""A word of a person's full name written alone is that person, not a body: "Amina Salum ... Amina says",
"Jack Draper and Dan Evans ... No 26 seed Evans recorded a win".

Why: the tagger types a one-word name from its sentence, and a given name or a surname alone in a sports
result or a feature's later paragraphs it often read as a body's ("Evans (organization)"), listed apart from
the person the article had named in full. A one-word "organization" that is the given name of a person named in
full (the first word of that name) or the surname of one (the last word of a name a known given name opens) is that person's, unless the text speaks of the word as a company's ("Dell shares", "a Ford pickup",
``company_or_product``) or the word is a body's by its own shape (an acronym, a body's word: "Ford Foundation").
"""

from __future__ import annotations

import dataclasses

from brief.actors.body_endings import ORGANIZATION_ENDINGS
from brief.actors.gazetteer import ORG_WORDS, phrase_table
from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.personhood import company_or_product


def _parts(mentions: list[Mention]) -> set[str]:
    """Given names of the people named in full, and the surnames of those whose first word is a known given name
    (a surname alone may be a firm its bearer founded: "Walt Disney ... Disney", a first word none is known)."""
    parts: set[str] = set()
    for m in mentions:
        words = m.name.split()
        if m.kind == "person" and len(words) >= 2:
            parts.update((words[0], words[-1]) if words[0] in first_names() else (words[0],))
    return parts


def name_part_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a one-word body that is a word of a person's full name, shown no company, retyped
    that person's (a person)."""
    bodies = {m.name for m in mentions if m.kind == "organization" and not m.demonym and " " not in m.name}
    if not bodies:
        return mentions
    parts = _parts(mentions) & bodies
    people = {n for n in parts if n[:1].isupper() and n[1:].islower() and n.isalpha()
              and n not in ORGANIZATION_ENDINGS and n.lower() not in ORG_WORDS and (n,) not in phrase_table()
              and not company_or_product(text, n)}
    if not people:
        return mentions
    return [dataclasses.replace(m, kind="person") if m.kind == "organization" and m.name in people
            and not m.demonym else m for m in mentions]
