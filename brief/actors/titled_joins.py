"""A rank and a given name the tagger read as a body, the rest of the name as a person: "SP/B-ORG
Abdullahi/I-ORG Haruna/B-PER Kiyawa/I-PER", one officer.

Why: police ranks of Indian, Pakistani and Nigerian papers ("SP", "DSP", "ACP") look like a body's
initials, so the tagger opens a body at the rank and a person after the given name it did not know;
the rank, stripped later as a title, left "Abdullahi" a person of one word and "Haruna Kiyawa" another.
A span that opens with a written-short rank and runs straight into a person's span is that person's name.
"""

from __future__ import annotations

from brief.text.lexicon import ABBREVIATED_TITLES


def with_titled_joins(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each "<rank> <name>" span joined to a person's span right after it."""
    out: list[tuple[int, int, str]] = []
    for a, b, label in sorted(spans):
        if out:
            pa, pb, plabel = out[-1]
            if (pb == a and label == "PER" and plabel != "PER" and pb - pa >= 2
                    and words[pa].rstrip(".").lower() in ABBREVIATED_TITLES):
                out[-1] = (pa, b, "PER")
                continue
        out.append((a, b, label))
    return out
