"""A rank and a given name the tagger read as a body, the rest of the name as a person: "SP/B-ORG
Abdullahi/I-ORG Haruna/B-PER Kiyawa/I-PER", one officer.

Why: police ranks of Indian, Pakistani and Nigerian papers ("SP", "DSP", "ACP") look like a body's
initials, so the tagger opens a body at the rank and a person after the given name it did not know;
the rank, stripped later as a title, left "Abdullahi" a person of one word and "Haruna Kiyawa" another.
A span that opens with a written-short rank and runs straight into a person's span is that person's name.
"""

from __future__ import annotations

from brief.actors.gender import first_names
from brief.text.lexicon import ABBREVIATED_TITLES

MAX_RANK_GAP = 2
"""Untagged title words between a lone rank the tagger read as a name and the person ("Brig. Gen.", "Lt. Col.")."""
_OFFICERS = frozenset("ceo cfo cto coo".split())
"""A company officer's title the tagger reads as a body's initials ("CEO/B-ORG Tom/I-ORG Hale/I-ORG")."""


def _titled_person(words: list[str], a: int, b: int, label: str) -> bool:
    """ "CEO Tom Hale", "DSP Rajesh Kumar": a rank or an officer's title, then a given name, read as a body."""
    title = words[a].rstrip(".").lower()
    return (label == "ORG" and b - a >= 3 and (title in ABBREVIATED_TITLES or title in _OFFICERS)
            and words[a + 1] in first_names())


def with_titled_joins(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each "<rank> <name>" span joined to a person's span right after it, and each
    "<title> <given name> <surname>" read as a body read as a person."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in sorted(spans):
        if _titled_person(words, a, b, label):
            label = "PER"
        if out:
            pa, pb, plabel = out[-1]
            if (pb == a and label == "PER" and plabel != "PER" and pb - pa >= 2
                    and words[pa].rstrip(".").lower() in ABBREVIATED_TITLES):
                out[-1] = (pa, b, "PER")
                continue
            if (label == "PER" and pb - pa == 1 and words[pa].rstrip(".").lower() in ABBREVIATED_TITLES
                    and 0 < a - pb <= MAX_RANK_GAP and all(w.rstrip(".").lower() in ABBREVIATED_TITLES for w in words[pb:a])):
                out[-1] = (pa, b, "PER")  # "Brig. | Gen. | Ali Hadad": a rank of two words, the first read as a place
                continue
        out.append((a, b, label))
    return out
