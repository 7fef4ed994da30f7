"""A body's name written with an ampersand: "Marks & Spencer", "Procter & Gamble", "Barnes & Noble".

Why: the tagger reads a few words at a time, and where one side of the "&" is a word it also knows as
a common one ("Marks", at a sentence's start) it tags the other side alone, as a person ("Spencer"),
and the company's words go to a man no one named. An ampersand between capitalised words joins one
name; a person's name never holds one. Two names the tagger read as people each ("Harry & Meghan")
are left as two: only a run with a side left untagged, or bodies on both sides, is made one body.
"""

from __future__ import annotations

from brief.actors.possessive_names import capitalised_word

AMPERSANDS = frozenset({"&", "＆"})


def with_ampersand_names(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each "<Capitalised> & <Capitalised>" the tagger read in part made one body (ORG)."""
    out = list(spans)
    for i, mark in enumerate(words):
        if mark not in AMPERSANDS or i == 0 or i + 1 >= len(words):
            continue
        if not (capitalised_word(words[i - 1]) and capitalised_word(words[i + 1])):
            continue
        left = next((s for s in out if s[0] <= i - 1 < s[1]), None)
        right = next((s for s in out if s[0] <= i + 1 < s[1]), None)
        if left is not None and left is right:
            continue  # the tagger read the name whole
        if (left is None) == (right is None) and not (left and right and left[2] == right[2] == "ORG"):
            continue  # nothing tagged on either side, or two people ("Harry & Meghan")
        if left is not None and left[1] != i or right is not None and right[0] != i + 1:
            continue  # a span running past the "&" on one side is another reading
        start = left[0] if left is not None else i - 1
        end = right[1] if right is not None else i + 2
        out = sorted([*(s for s in out if s is not left and s is not right), (start, end, "ORG")])
    return out
