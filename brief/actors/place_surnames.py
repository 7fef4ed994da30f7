"""A surname that is also a place's name ("Juan Carlos Portugal", "Ana Lucía Paraguay"): the tagger reads the
given names as a person and the surname as a place, so the person lost the surname and the country gained a
mention (and a lawyer's words). Given names followed at once by one capitalised place word are one person's name:
two names written side by side with no mark between are one name."""

from __future__ import annotations

from brief.actors.gender import given_names
from brief.actors.spelling_variants import unaccented

MAX_GIVEN_WORDS = 2
"""Given names before the surname ("Juan Carlos"): more words are a full name already."""


def _given(word: str) -> bool:
    """A given name the census lists, read without its accents ("María" as "Maria")."""
    return unaccented(word) in given_names()


def with_place_surnames(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans, a person of given names only followed at once by a one-word place read as one person."""
    out: list[tuple[int, int, str]] = []
    skip = -1
    for i, (a, b, label) in enumerate(spans):
        if i == skip:
            continue
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if (label == "PER" and nxt is not None and nxt[2] == "LOC" and nxt[0] == b and nxt[1] == b + 1
                and b - a <= MAX_GIVEN_WORDS and all(_given(w) for w in words[a:b])
                and words[b][:1].isupper() and words[b].isalpha()):
            out.append((a, b + 1, "PER"))
            skip = i + 1
            continue
        out.append((a, b, label))
    return out
