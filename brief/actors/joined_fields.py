"""A members' body named for two fields joined by "and" ("the Seafarers and Allied Workers' Union"), which the
tagger cut at "and".

Why: the tagger reads "the Seafarers" as one body and "Allied Workers' Union" as another, so the union spoke
under two names, neither of which anyone writes. After "the", one capitalised word, "and" and a body's name that
ends with a members' body's head (a union, an association, a federation) are one name when the text never
writes the part after "and" without the word before it (so "the Pentagon and State Department", whose second
part ends with no such head, and a union named alone elsewhere stay two).
"""

from __future__ import annotations

import re

from brief.actors.gazetteer import demonym_country, is_country

MEMBERS_HEADS = frozenset("Union Association Federation Guild Society Alliance Confederation Congress League".split())
"""Last words of a body of members named for the fields or trades it gathers ("Maritime and General Workers'
Union", "Bakers and Confectioners Association")."""
_ARTICLES = frozenset({"the", "The"})


def _named_alone(text: str, words: list[str], first: int, a: int, b: int) -> bool:
    """Whether the text writes ``words[a:b]`` anywhere but right after ``words[first]`` and "and"."""
    name = r"\s*".join(re.escape(w) for w in words[a:b])
    whole = len(re.findall(rf"(?<!\w){name}(?!\w)", text))
    joined = len(re.findall(rf"(?<!\w){re.escape(words[first])}\s+and\s+{name}(?!\w)", text))
    return whole != joined


def with_joined_fields(text: str, words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each "the <Field> and <... Union>" made one body (ORG)."""
    out = list(spans)
    for body in spans:
        a, b, label = body
        if label != "ORG" or b - a < 2 or words[b - 1] not in MEMBERS_HEADS or a < 3 or words[a - 1] != "and":
            continue
        first = a - 2
        field = words[first]
        if (words[first - 1] not in _ARTICLES or not (field[:1].isupper() and field[1:].islower() and field.isalpha())
                or is_country(field) or demonym_country(field) or _named_alone(text, words, first, a, b)):
            continue
        left = next((s for s in out if s[0] <= first < s[1]), None)
        if left is not None and left[:2] != (first, first + 1):
            continue  # a longer name over the field word is another reading
        out = sorted([*(s for s in out if s is not left and s != body), (first, b, "ORG")])
    return out
