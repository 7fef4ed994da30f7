"""A minister named after the portfolio of a title with "of" or "for", which the tagger read as one body:
"Minister of State for Health Anand Rao said" tagged "State for Health Anand Rao" an organisation.

Why: the tagger learned "Ministry of State for ..." and "Department for Health" as bodies and runs on into the
holder's name; the person then spoke as a body named for half a title. Inside such a span the portfolio is
dictionary nouns (and "for", "of", "and"), and the words after it that no dictionary holds are the holder's name.
"""

from __future__ import annotations

from brief.actors.phrasing import is_noun

OFFICE_HEADS = frozenset("minister secretary commissioner director chief head chairman chairperson".split())
"""Titles written before "of" and a portfolio ("Minister of State for Health", "Secretary of State for Wales")."""
_PORTFOLIO_JOINS = frozenset({"of", "for", "and", "the", "&"})
MIN_NAME_WORDS = 2
"""Words of the holder's name left after the portfolio: a given name and a surname ("Anand Rao"); one word could
be the portfolio's own last word."""


def with_portfolio_holders(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each body span that follows "<title> of|for" and ends in a name after its portfolio's
    dictionary nouns cut to that name, a person."""
    out = []
    for a, b, label in spans:
        if label == "ORG" and a >= 2 and words[a - 1] in ("of", "for") and words[a - 2].lower() in OFFICE_HEADS:
            k = a
            while k < b and (words[k] in _PORTFOLIO_JOINS or words[k][:1].isupper() and is_noun(words[k].lower())):
                k += 1
            if k > a and b - k >= MIN_NAME_WORDS and all(w[:1].isupper() and w.isalpha() for w in words[k:b]):
                out.append((k, b, "PER"))  # "Minister of State for Health | Anand Rao": the holder
                continue
        out.append((a, b, label))
    return out
