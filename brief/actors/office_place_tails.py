"""A body's name run on into the place of its office: "forecasters at the National Weather Service in Mobile said",
"officials at the Harbour Bank in Dunmore".

Why: the tagger reads "X Service in Mobile" as one organisation, so the body was named with the town of the
office that spoke ("National Weather Service in Mobile"), an actor apart from the service named alone, and a
gold or a reader looking for the service found none. A name of capitalised words that ends on a body's word,
then "in" and one or two capitalised words, is the body and where its office is: the body alone is the name.
"""

from __future__ import annotations

from brief.actors.body_endings import ORGANIZATION_ENDINGS

OFFICE_HEADS = ORGANIZATION_ENDINGS | frozenset("Service Office Bureau Administration Agency Station".split())
"""Words a body's name ends on before the place of its office ("Weather Service in Mobile")."""
MAX_PLACE_WORDS = 2
"""Capitalised words read as the office's place after "in" ("in Mobile", "in Baton Rouge")."""

Span = tuple[int, int, str]


def _place_tail(words: list[str], a: int, b: int) -> int:
    """Where "in" stands that opens the office's place at the end of the body's name ``words[a:b]``; -1 if none."""
    for i in range(max(a + 2, b - MAX_PLACE_WORDS - 1), b - 1):
        if words[i] != "in":
            continue
        body, place = words[a:i], words[i + 1 : b]
        if (body[-1] in OFFICE_HEADS and all(w[:1].isupper() for w in body)
                and all(w[:1].isupper() and w.isalpha() and w not in OFFICE_HEADS for w in place)):
            return i
    return -1


def without_office_places(words: list[str], spans: list[Span]) -> list[Span]:
    """The spans with each body's name cut before the place of its office, the place a span of its own."""
    out: list[Span] = []
    for a, b, label in spans:
        i = _place_tail(words, a, b) if label == "ORG" else -1
        if i < 0:
            out.append((a, b, label))
            continue
        out.extend([(a, i, "ORG"), (i + 1, b, "LOC")])  # "National Weather Service | in | Mobile"
    return out
