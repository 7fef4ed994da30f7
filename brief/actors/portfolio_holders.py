"""A minister named after the portfolio of a title with "of" or "for", which the tagger read as one body:
"Minister of State for Health Anand Rao said" tagged "State for Health Anand Rao" an organisation.

Why: the tagger learned "Ministry of State for ..." and "Department for Health" as bodies and runs on into the
holder's name; the person then spoke as a body named for half a title. Inside such a span the portfolio is
dictionary nouns (and "for", "of", "and"), and the words after it that no dictionary holds are the holder's name.

South Asian news writes the portfolio after the title with no "of" ("PRP Secretary Information Ghulam Rasool Baloch"),
and the tagger takes the portfolio into the person's name ("Information Ghulam Rasool Baloch"): a dictionary noun
that opens a person's name right after a title, and is no given name, is the title's portfolio.
"""

from __future__ import annotations

from brief.actors.gender import first_names
from brief.actors.phrasing import is_noun
from brief.text.lexicon import PERSON_TITLES

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
        if label == "PER" and a >= 1 and words[a - 1].lower() in OFFICE_HEADS and words[a - 1][:1].isupper():
            k = a
            while k < b and _portfolio_word(words[k]):
                k += 1
            if a < k and b - k >= MIN_NAME_WORDS:
                out.append((k, b, "PER"))  # "Secretary Information | Ghulam Rasool Baloch": the portfolio, then the holder
                continue
        out.append((a, b, label))
    return out


def portfolio_after_office(words: list[str]) -> bool:
    """Whether two words are an office and its portfolio written after it ("Secretary Information"), a title."""
    return len(words) == 2 and words[0].lower() in OFFICE_HEADS and _portfolio_word(words[1])


def _portfolio_word(word: str) -> bool:
    """A capitalised dictionary noun that is no given name or person's title ("Information", "Finance"; not "Grant",
    "General", "Sir")."""
    return (word[:1].isupper() and is_noun(word.lower()) and word not in first_names()
            and word.lower().rstrip(".") not in PERSON_TITLES)
