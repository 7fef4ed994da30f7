"""A body's dotted initials read into the name of the person written right after them.

Why: wire copy names an envoy by the body she is sent to, then her name, with no comma between
("Ambassador to the U.N. Helen Marrow said", "envoy to the U.S. Omar Rahim"). The tagger reads
"U.N. Helen Marrow" as one body's name, so the ambassador is lost and her words go to a body
"Marrow". A span that opens with dotted initials and goes on with a known given name and a
surname is two names: the body (or country) of the initials, and the person.
"""

from __future__ import annotations

import re

from brief.actors.gazetteer import is_country
from brief.actors.gender import first_names

_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
"""Dotted initials of a body or country ("U.N.", "U.S.", "E.U."), as wire copy writes them."""
MIN_PERSON_WORDS = 2
"""A given name and a surname at least after the initials: a given name alone may be a body's word."""


def with_initialism_heads(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans, each "<initials> <given name> <surname>" one cut in two: the initials (a place if
    they are a country's, else a body) and the person after them."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in spans:
        if (b - a - 1 >= MIN_PERSON_WORDS and _DOTTED.fullmatch(words[a])
                and words[a + 1] in first_names() and words[b - 1][:1].isupper()):
            out.append((a, a + 1, "LOC" if is_country(words[a]) else "ORG"))
            out.append((a + 1, b, "PER"))
        else:
            out.append((a, b, label))
    return out
