"""A product's word run into its maker's name ("the fastest Mac Apple has ever shipped"): the maker alone.

Why: where a relative clause follows a product's name without "that" ("the fastest Mac Apple has ever
shipped"), the product's word and the company that opens the clause stand side by side, both capitalised, and
the tagger reads one name of two words, "Mac Apple", typed a person. The page shows what each word is: the
company is named alone, typed a body, elsewhere ("Apple today announced"), and the first word opens the
page's other product names ("Mac Pro", "Mac OS"). Such a name is the company alone, the word before it left
out (the product is no actor).
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from brief.actors.gender import first_names
from brief.actors.mentions import Mention

MIN_BODY_WRITINGS = 2
"""Writings alone that make the second word the company's name (once may be the tagger's slip): typed a body,
or, where the first word is no given name, of any kind but a place (the tagger reads a new brand a person)."""
MIN_LINE_NAMES = 2
"""Other names the first word must open for it to be a product line's ("Mac Pro", "Mac OS"): one may be a
person's given name ("Mac" is one) opening another person's name."""


def glued_products_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each of two words, a product line's first word then a company's one-word name, cut to
    the company (see the module's docstring)."""
    alone = [m for m in mentions if m.kind != "place" and " " not in m.name and not m.demonym]
    bodies = Counter(m.name for m in alone if m.kind == "organization")
    written = Counter(m.name for m in alone)
    names = {m.name for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        words = m.name.split()
        if (len(words) == 2 and m.kind != "place" and not m.role and words[0] not in bodies
                and (bodies[words[1]] >= MIN_BODY_WRITINGS  # a given name may open a product line's names ("Mac")
                     or words[0] not in first_names() and written[words[1]] >= MIN_BODY_WRITINGS)
                and sum(n.startswith(words[0] + " ") and n != m.name for n in names) >= MIN_LINE_NAMES):
            start = text.rfind(words[1], m.start, m.end)
            if start > m.start:
                m = dataclasses.replace(m, start=start, surface=text[start : m.end], name=words[1],
                                        kind="organization", medium=False)
        out.append(m)
    return out
