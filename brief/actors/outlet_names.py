"""A magazine or newspaper named by a common word before its noun: "a libel case against Time magazine", "an
interview with People magazine", "told the Fortune newspaper".

Why: the tagger leaves a name that is also an everyday word ("Time", "People", "Fortune") untagged, so the outlet
was no actor, and "The magazine had claimed ..." after it went to no one. A capitalised word (or two) written
right before a lower-case "magazine", "newspaper" or "tabloid", where no mention stands, is that outlet's name;
not a determiner ("The magazine") or a day ("the Sunday magazine", a paper's supplement).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.source_words import TIME_WORDS
from brief.model import Sentence
from brief.text.sentences import sentence_at
from brief.text.words import word_before

WORD_REACH = 30
"""Characters read back from an outlet's name for the word before it."""

_NAME_BEFORE_NOUN = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<noun>magazine|newspaper|tabloid)\b")
"""One or two capitalised words before the outlet's noun in lower case."""
_NOT_NAMES = frozenset("the a an this that these those its his her their our your my its one another every each "
                       "weekly monthly daily local national online new former digital print free student school "
                       "community regional state official".split()) | TIME_WORDS
"""First words that make the run no name: determiners, a paper's frequency or reach, days ("Sunday magazine")."""


def outlet_names(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with an organisation's mention added for each untagged name before an outlet's noun (see the
    module's docstring)."""
    added = []
    for found in _NAME_BEFORE_NOUN.finditer(text):
        start, end = found.start("name"), found.end("noun")
        words = found.group("name").split()
        if any(w.lower() in _NOT_NAMES for w in words) or any(m.start < end and start < m.end for m in mentions):
            continue
        if word_before(text, start, WORD_REACH)[:1].isupper():
            continue  # run on from a longer capitalised name: the tagger's to read
        name = f"{found.group('name')} {found.group('noun')}"
        added.append(Mention(article, sentence_at(sentences, start), start, end, " ".join(name.split()),
                             text[start:end], "organization", after=word_before(text, start, WORD_REACH).lower()))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
