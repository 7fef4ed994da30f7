"""A company the tagger read as a thing or a person ("Anthropic/MISC co-founder and CEO Dario Amodei",
"Anthropic/MISC has raised $4 billion ..., the startup said"): the company, wherever the article writes it.

Why: the tagger learned names of things (products, events, nationalities) from the newswire of the
1990s and reads an unfamiliar one-word company the same way; a thing is no actor, so a startup that is
its story's subject was missing from the actors and "the startup said" had no one to refer to. An
article that refers back to a company ("the startup", "the company") and writes a one-word thing (or
a one-word person with no given name) right before an officer's title ("Anthropic co-founder", "Figma CEO", "Nvidia's chief executive") names that
company; every one-word thing of the same word in the article is then the company.
(``opening_names`` reads such a word again only where it opens sentences.)
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.gazetteer import demonym_country
from brief.actors.gender import first_names
from brief.actors.known_names import common_word
from brief.actors.name_words import TRADES
from brief.actors.opening_names import follows_company
from brief.actors.roles import ROLE_TITLES

Span = tuple[int, int, str]

_OFFICERS = frozenset(
    "ceo cfo cto coo co-founder cofounder founder chairman chairwoman spokesperson spokesman spokeswoman "
    "executive".split()
)
"""Titles of a company's officers written after its name ("Figma CEO Dylan Field", "Anthropic co-founder");
not "chief", "boss" or "president", which a country's or a club's name is written before."""
_POSSESSIVES = frozenset({"'s", "’s"})


def _officer_after(words: Sequence[str], b: int) -> bool:
    k = b + 1 if b < len(words) and words[b] in _POSSESSIVES else b
    return k < len(words) and words[k].lower() in _OFFICERS


def with_company_things(texts: Sequence[Sequence[str]], found: list[list[Span]], lowercase: set[str]) -> list[list[Span]]:
    """``found`` with each one-word thing that is a company by the signs above labelled an organisation,
    and the same word left untagged where the words around it show a company ("Quillbyte co-founder", "startup
    Quillbyte", "Quillbyte shares") added as one."""
    if not follows_company(texts):
        return found
    companies = {words[a] for words, spans in zip(texts, found) for a, b, label in spans
                 if _one_word_thing(words, a, b, label) and _company_shown(words, a)}
    untagged = [(i, k) for i, (words, spans) in enumerate(zip(texts, found))
                for k in range(len(words)) if _untagged_company(words, spans, k, lowercase)]
    companies.update(texts[i][k] for i, k in untagged)
    if not companies:
        return found
    out = [[(a, b, "ORG" if _one_word_thing(words, a, b, label) and words[a] in companies else label)
            for a, b, label in spans] for words, spans in zip(texts, found)]
    for i, k in untagged:
        out[i] = sorted([*out[i], (k, k + 1, "ORG")])
    return out


_TRADE_BEFORE = TRADES | frozenset({"startup", "start-up", "company", "firm"})
"""Words of a company's trade written in lower case right before its name ("artificial intelligence startup
Anthropic", "the chipmaker Qualcomm"): the name is a company's."""


def _company_shown(words: Sequence[str], k: int) -> bool:
    """ "Quillbyte co-founder", "startup Quillbyte", "Quillbyte shares fell": an officer's title after the word,
    a trade in lower case before it, or its shares after it."""
    k_after = k + 2 if k + 2 < len(words) and words[k + 1] in _POSSESSIVES else k + 1
    return (_officer_after(words, k + 1) or k > 0 and words[k - 1] in _TRADE_BEFORE
            or k_after < len(words) and words[k_after] == "shares")


def _untagged_company(words: Sequence[str], spans: Sequence[Span], k: int, lowercase: set[str]) -> bool:
    """ "Quillbyte co-founder and CEO", "startup Quillbyte": a capitalised word no span covers, no common word,
    that the words around it show a company's (``_company_shown``)."""
    word = words[k]
    return (word[:1].isupper() and word.isalnum() and _company_shown(words, k) and not common_word(word, lowercase)
            and word.lower() not in ROLE_TITLES and word not in first_names() and not demonym_country(word)
            and not any(a <= k < b for a, b, _ in spans))


def _one_word_thing(words: Sequence[str], a: int, b: int, label: str) -> bool:
    """A one-word name tagged a thing, or a person though no given name ("Quillbyte/B-PER co-founder")."""
    return b - a == 1 and not demonym_country(words[a]) and (
        label == "MISC" or label == "PER" and words[a] not in first_names())
