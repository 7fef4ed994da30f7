"""A body named right after its kind's noun, its name a common word: "the meeting organised by the union Equity",
"the charity Shelter said", "the campaign group Liberty".

Why: the tagger reads a name that is also a word ("Equity", "Shelter", "Liberty") as the word and tags nothing,
so the body the story is about was no actor at all ("Jane Roe, general secretary of Equity, said" had no body).
Written capitalised right after a determiner and a body's noun in lower case, the words are that body's name,
as ``code_names`` reads "union 3F". Only where the article writes the same name capitalised again, away from a
sentence's start, and not a title ("the union General Secretary", "the party Leader": an office).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gazetteer import MONTHS_DAYS, TITLES
from brief.actors.mentions import Mention
from brief.model import Sentence
from brief.text.sentences import sentence_at

_CAP = r"[A-Z][a-z][\w'’&-]*"
_NAMED_AFTER_NOUN = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?P<noun>union|charity|party|(?:campaign|pressure|lobby|rights) group)\s+"
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})(?!\s*[A-Z(\w])")
"""A determiner, up to two modifiers, a body's noun in lower case, then one to three capitalised words that no
further name word follows ("the actors' union Equity", "the charity Shelter")."""


def _named_again(text: str, name: str, start: int) -> list[tuple[int, int]]:
    """Where the article writes the name capitalised elsewhere, after a word of its sentence (not opening one)."""
    pattern = re.compile(rf"(?<=[a-z,] ){re.escape(name)}\b(?!\s*[A-Z])")
    return [found.span() for found in pattern.finditer(text) if found.start() != start]


def noun_named_bodies(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with an organisation's mention added for each name after a body's noun (see the module's
    docstring), and where the article names it so again, that no mention overlaps."""
    added: list[Mention] = []
    for found in _NAMED_AFTER_NOUN.finditer(text):
        start, end = found.span("name")
        name = found.group("name")
        if "\n" in name or any(w in TITLES or w.lower() in TITLES or w.lower() in MONTHS_DAYS for w in name.split()):
            continue  # "the union General Secretary", "the party on Monday"
        again = _named_again(text, name, start)
        if not again:
            continue
        for a, b in [(start, end), *again]:
            if not any(m.start < b and a < m.end for m in [*mentions, *added]):
                added.append(Mention(article, sentence_at(sentences, a), a, b, name, name, "organization",
                                     after=found.group("noun").split()[-1] if a == start else ""))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
