"""A body named for a portfolio in "Affairs" whose first word the tagger left out ("Barbados's Foreign | Affairs
Ministry responded", "the Home | Affairs Department"): the name runs from the portfolio's first word.

Why a module of its own: the tagger knows "Foreign Affairs" best inside "Ministry of Foreign Affairs" and, with
the ministry's noun last, began the body at "Affairs"; the actor was "Affairs Ministry", a name cut in two.
"Affairs" never opens a body's name, so the capitalised word before it, untagged, is the name's.
"""

from __future__ import annotations

_FIELD_TAIL = "Affairs"
"""The portfolio's second word that the tagger begins the body at ("Foreign | Affairs", "Consumer | Affairs")."""


def with_portfolio_heads(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The sentence's spans with an "Affairs ..." body taking in the capitalised, untagged word before it."""
    ends = {b for _, b, _ in spans}
    out = []
    for a, b, label in spans:
        if (label == "ORG" and a > 0 and b - a >= 2 and words[a] == _FIELD_TAIL and a not in ends
                and words[a - 1].isalpha() and words[a - 1][:1].isupper() and words[a - 1][1:].islower()
                and words[a - 1] != "The"):
            a -= 1  # "Foreign | Affairs Ministry": one body
        out.append((a, b, label))
    return out
