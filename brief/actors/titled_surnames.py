"""A title and a surname the tagger typed a body, where the article names the surname's bearer in full
("Sheriff Luther Greaves ... Sheriff Greaves told commissioners", "Councillor Ann Pendry ... Councillor Pendry").

Local news names an official once in full and then by title and surname alone. The tagger types the short
form an organisation where it reads the title as a body's first word, and a one-word rest is left whole (so
that "Premier League" and "Justice Department" stay bodies), so the official's later statements went to a body
named "Sheriff Greaves", beside the person. The title is cut and the mention retyped the person only when the
word after it is the last word of a person the article names in full: a body's name never repeats a person's
surname after a title word. A councillor's title opens no body's name at all: minutes and council reports
name members by it and the surname alone ("Councillor Pendry referred to the application"), and there the
surname needs no full name, only to be no common noun and no body's word ("Councillor Training" stays).
"""

from __future__ import annotations

import dataclasses

from brief.actors.gazetteer import ORG_WORDS
from brief.actors.mentions import Mention
from brief.actors.phrasing import is_noun
from brief.text.lexicon import PERSON_TITLES, TITLE_WORDS

_TITLES = TITLE_WORDS | PERSON_TITLES
COUNCIL_TITLES = frozenset("councillor councilor cllr cr alderman ald councilman councilwoman councilmember".split())
"""Titles of a council's members, which open no body's name."""


def _surname(word: str, title: str, lasts: set[str]) -> bool:
    """Whether ``word`` after ``title`` is a person's surname: a known one, or any proper word after a council title."""
    return word in lasts or (title in COUNCIL_TITLES and word[1:].islower() and not is_noun(word.lower())
                             and word.lower() not in ORG_WORDS)


def titled_surnames(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each two-word body "<title> <surname>" of a person named in full retyped that person."""
    lasts = {m.name.split()[-1] for m in mentions if m.kind == "person" and " " in m.name}
    out = []
    for m in mentions:
        words = m.name.split()
        if (m.kind == "organization" and not m.medium and len(words) == 2 and words[0].lower().rstrip(".") in _TITLES
                and _surname(words[1], words[0].lower().rstrip("."), lasts) and m.surface == m.name):
            start = m.end - len(words[1])
            m = dataclasses.replace(m, start=start, name=words[1], surface=words[1], kind="person",
                                    role=m.role or words[0], after=m.after or words[0].lower())
        out.append(m)
    return out
