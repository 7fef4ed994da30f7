"""A region's name the tagger cut after its first word: "Greater | Manchester Police", "Greater | London
Authority", "Western | Cape government".

Why: the tagger learned "West Yorkshire" and "South Wales" as names from its news, but "Greater" and the
longer compass words before a place seldom; left untagged, the word was no part of the span, and the
body came out as "Manchester Police", a force that does not exist. A capitalised word that only makes a
part of a place, right before a place's or a body's span, belongs to it.
"""

from __future__ import annotations

REGION_WORDS = frozenset("greater north south east west northern southern eastern western central upper lower "
                         "inner outer".split())
"""Words that make a region of a place ("Greater Manchester", "Western Cape", "Upper East Region"): not the
looser kinds of a country ("Rural America", "Modern Britain", "Old Trafford") whose first word the tagger
leaves out as often rightly."""


def with_region_words(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with a place's or a body's span run back over a capitalised region word right before it
    that no span holds ("Greater | Manchester Police")."""
    held = {k for a, b, _ in spans for k in range(a, b)}
    return [(a - 1, b, label) if label in ("LOC", "ORG") and a > 0 and a - 1 not in held and _region_word(words[a - 1])
            else (a, b, label) for a, b, label in spans]


def _region_word(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.lower() in REGION_WORDS
