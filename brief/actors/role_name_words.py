"""A given name read into the title before it: "Justice of the Peace Joe M. Bonaventure" named "M. Bonaventure"
with the role "... Justice of the Peace Joe".

Why: the tagger sometimes begins a name one word late, after a given name it took for part of the title before
it; the role reader then ends the title on that word. A name never opens with a middle initial ("M. Bonaventure"),
so a known given name right before one, the role's last word, is the name's own. (Not any capitalised word after
a title's: titles run on in words no list holds, "Chief Executive", "State Auditor", "Detective Garda".)
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gazetteer import ORG_WORDS
from brief.actors.gender import first_names
from brief.actors.kinds import ORGANIZATION_ENDINGS
from brief.actors.mentions import Mention, normalise
from brief.actors.personhood import known_place
from brief.text.lexicon import PERSON_TITLES, TITLE_WORDS, TITLES

_TITLE_WORDS = TITLES | TITLE_WORDS | PERSON_TITLES
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z][a-z]+)\s\Z")
"""The capitalised word right before the name, one space between."""
_INITIAL = re.compile(r"[A-Z]\.")
WORD_REACH = 40
"""Characters before the name read for the given name: one word and its space."""


def _lower(word: str) -> str:
    return word.lower().rstrip(".")


def _name_word(role: str, word: str, surface: str) -> bool:
    """Whether ``word``, the role's last word and right before the name ``surface``, is the name's first."""
    words, rest = role.split(), surface.split()
    if len(words) < 2 or words[-1] != word or _lower(word) in _TITLE_WORDS:
        return False
    if word in ORGANIZATION_ENDINGS or word.lower() in ORG_WORDS or known_place(word):
        return False
    return bool(_INITIAL.fullmatch(rest[0])) and word in first_names()  # "Joe M. Bonaventure": no name opens so


def role_name_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each person's name begun at its first word that the role before it ended on (see the
    module's docstring)."""
    out = []
    for m in mentions:
        before = _WORD_BEFORE.search(text, max(0, m.start - WORD_REACH), m.start) if m.kind == "person" and m.role else None
        if before and _name_word(m.role, before.group(1), m.surface):
            start = before.start(1)
            m = dataclasses.replace(m, start=start, surface=text[start : m.end], name=normalise(text[start : m.end]),
                                    role=m.role[: -len(before.group(1))].rstrip())
        out.append(m)
    return out
