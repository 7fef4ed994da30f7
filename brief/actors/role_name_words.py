"""A name's first word read into the title before it: "Justice of the Peace Joe M. Bonaventure" named "M.
Bonaventure" with the role "... Justice of the Peace Joe", "Foreign Minister Song Min Soon" named "Min Soon" with
the role "... Foreign Minister Song".

Why: the tagger sometimes begins a name one word late, after a given name it took for part of the title before
it; the role reader then ends the title on that word. A name never opens with a middle initial ("M. Bonaventure"),
so a known given name right before one is the name's own; and a title ends on its title word ("Minister"), so a
capitalised word after it that is no title's, no place's and no body's, right before a two-word name, opens a
three-part name ("Song Min Soon", as Korean and Chinese names are written, the family name first).
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
THREE_PART_TAIL = 2
"""Words of the name the tagger kept after a family name read into the title ("Min Soon" of "Song Min Soon")."""


def _lower(word: str) -> str:
    return word.lower().rstrip(".")


def _name_word(role: str, word: str, surface: str) -> bool:
    """Whether ``word``, the role's last word and right before the name ``surface``, is the name's first."""
    words, rest = role.split(), surface.split()
    if len(words) < 2 or words[-1] != word or _lower(word) in _TITLE_WORDS:
        return False
    if word in ORGANIZATION_ENDINGS or word.lower() in ORG_WORDS or known_place(word):
        return False
    if _INITIAL.fullmatch(rest[0]):  # "Joe M. Bonaventure": no name opens with its middle initial
        return word in first_names()
    return _lower(words[-2]) in _TITLE_WORDS and len(rest) == THREE_PART_TAIL and all(w.isalpha() for w in rest)


def role_name_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each person's name begun at its first word that the role before it ended on (see the
    module's docstring)."""
    out = []
    for m in mentions:
        before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start) if m.kind == "person" and m.role else None
        if before and _name_word(m.role, before.group(1), m.surface):
            start = before.start(1)
            m = dataclasses.replace(m, start=start, surface=text[start : m.end], name=normalise(text[start : m.end]),
                                    role=m.role[: -len(before.group(1))].rstrip())
        out.append(m)
    return out
