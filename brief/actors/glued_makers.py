"""A product line's word glued to its maker's name: "the fastest Mac Apple has ever shipped" is the maker, Apple.

Why: the tagger reads a capitalised word before a company's name as a given name and types the two a person ("Mac
Apple"), who then sits in the top five beside the company. The article says which it is: the second word is a
body it names alone again and again, more often typed a body than a person, and the first word opens the name of a
thing or a body elsewhere in the article ("Mac OS X"): a line of products, not a given name. A person who shares
a company's name ("Henry Ford" in a story about Ford) has no product line named by his given name, and keeps it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from brief.actors.mentions import Mention

MIN_MAKER_MENTIONS = 2
"""Fewest mentions of the company's name alone, typed a body, that make it a steady body of the article: one may
be the tagger's slip as well."""


def makers_unglued(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each two-word "person" whose first word opens things' names and whose second is a steady
    body made that body's mention ("Mac Apple" -> "Apple")."""
    bodies = Counter(m.name for m in mentions if m.kind == "organization")
    people = Counter(m.name for m in mentions if m.kind == "person")
    out: list[Mention] = []
    for m in mentions:
        words = m.surface.split()
        if m.kind == "person" and len(words) == 2 and not m.role and words[1] == m.name.split()[-1] \
                and bodies[words[1]] >= MIN_MAKER_MENTIONS and bodies[words[1]] > people[words[1]] \
                and _line_word(words[0], m, mentions):
            start = m.start + m.surface.index(words[1], len(words[0]))
            m = dataclasses.replace(m, start=start, name=words[1], surface=words[1], kind="organization",
                                    after=words[0].lower(), pronoun="")
        out.append(m)
    return out


def _line_word(word: str, glued: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether the word opens the name of a thing or a body elsewhere in the article ("Mac OS")."""
    return any(m is not glued and m.kind != "person" and len(m.name.split()) > 1 and m.name.split()[0] == word
               for m in mentions)
