"""A person named after a title, where the tagger saw no name at all.

Why: the tagger reads case evidence across the whole document, and a surname that is also a common
word ("Price", "Young", "Bell") written mostly where a sentence opens can leave even "District
Attorney Pamela Price dropped the charges" untagged; the person, and every "Price said" after, was
then lost. A capitalised title, a known given name and a capitalised surname is a person's name in
any English news text, whatever the tagger made of it.
"""

from __future__ import annotations

from brief.actors.gender import first_names
from brief.text.lexicon import PERSON_TITLES, TITLE_WORDS

_TITLES = PERSON_TITLES | TITLE_WORDS
MAX_SURNAME_WORDS = 2
"""Capitalised words after the given name read as the surname ("Pamela Price", "Ana Lucia Ferreira")."""


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower() and word.replace("-", "").replace("'", "").isalpha()


def with_titled_spans(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each untagged "<Title> <Given name> <Surname>" added as a person."""
    if first_names().keys().isdisjoint(words):
        return spans  # no given name, no such person (most sentences): no word is looked at
    covered = {k for a, b, _ in spans for k in range(a, b)}
    added: list[tuple[int, int, str]] = []
    i = 1
    while i < len(words) - 1:
        title = words[i - 1].rstrip(".")
        if (i in covered or i - 1 in covered or not title[:1].isupper() or title.lower() not in _TITLES
                or words[i] not in first_names()):
            i += 1
            continue
        end = i + 1
        while (end < len(words) and end - i - 1 < MAX_SURNAME_WORDS and end not in covered and _name_word(words[end])
               and words[end].lower() not in _TITLES):
            end += 1
        if end > i + 1:
            added.append((i, end, "PER"))
        i = end
    return sorted([*spans, *added]) if added else spans
