"""An adjective opening a sentence before a name, which the tagger took for a name of its own: "Restless Conservative
MPs have warned ...", "Furious Labour councillors said ...". At a sentence's start a capital says nothing, and a
word the dictionary holds as no noun, ending as adjectives end ("-less", "-ous", "-ful"), describes the people the
name after it opens; tagged alone, it stood as a body ("Restless") and took their words."""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.phrasing import is_noun

Span = tuple[int, int, str]

ADJECTIVE_ENDINGS = ("less", "ous", "ful")
"""Endings that make a word an adjective, never a noun or a name's usual ending ("restless", "nervous", "furious",
"fearful"); "-ive", "-al" and "-ic" end nouns and names as often ("Progressive", "Global", "Atlantic")."""


def without_opening_adjectives(texts: Sequence[Sequence[str]], found: list[list[Span]]) -> list[list[Span]]:
    """``found`` less a one-word name at a sentence's first word that is an adjective before another capitalised
    word ("Restless | Conservative MPs"), where the article writes that word nowhere else with a capital."""
    elsewhere = {w for words in texts for w in words[1:] if w[:1].isupper()}
    return [[s for s in spans if not _opening_adjective(words, s, elsewhere)] for words, spans in zip(texts, found)]


def _opening_adjective(words: Sequence[str], span: Span, elsewhere: set[str]) -> bool:
    a, b, _ = span
    if a != 0 or b != 1 or len(words) < 2 or not words[1][:1].isupper() or words[0] in elsewhere:
        return False
    return describing_adjective(words[0])


def describing_adjective(word: str) -> bool:
    """A capitalised word ending as an adjective and no dictionary noun ("Restless", "Furious"): it describes the
    people after it ("Furious Tory backbenchers" are Tory backbenchers), and names none."""
    lower = word.lower()
    return word[:1].isupper() and word[1:].islower() and lower.endswith(ADJECTIVE_ENDINGS) and not is_noun(lower)
