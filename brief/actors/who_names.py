"""A one-word name the tagger left untagged that opens a sentence with a person's "who": "Jay-Z, who appears on
one track, praised his wife".

Why: the tagger never saw many stage names in 1996 wire copy ("Jay-Z", "Tems") and leaves some untagged at a
sentence's start, where a capital says nothing; the person is then missing and a "he" after goes to whoever
was named before (a record, a film). A relative clause set off by ", who" and a verb not in the plural is a
person's (a body or a thing takes "which"; a team's "who" takes a plural in British copy): the word before it
is a name when it is no common word (``plain_word``) and no nationality.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from brief.actors.gazetteer import demonym_country
from brief.actors.mentions import Mention
from brief.actors.person_signs import who_after
from brief.actors.word_case import plain_word
from brief.model import Sentence
from brief.text.sentences import sentence_at

_OPENING_NAME = re.compile(r"(?=[A-Z])(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][”\"’'][ \t]))([A-Z][\w'’]*(?:-[A-Z0-9][\w'’]*)*)(?=,\s+who\b)")
"""A capitalised word opening a sentence (after a line's start or a stop), with ", who" right after it. The
look-ahead for its capital first changes no match: the scan skips to capitals (six times as fast)."""


def who_names(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention],
              lowercase: Callable[[], set[str]]) -> list[Mention]:
    """The mentions, with each untagged word that opens a sentence before ", who" and a singular verb (see the
    module's docstring) added as a person."""
    covered = [(m.start, m.end) for m in mentions]
    added = []
    for found in _OPENING_NAME.finditer(text):
        start, end = found.span(1)
        word = found.group(1)
        if any(a < end and start < b for a, b in covered) or not who_after(text, end):
            continue
        if demonym_country(word) or plain_word(word, lowercase()):
            continue
        sentence = sentence_at(sentences, start)
        added.append(Mention(article, sentence, start, end, word, word, "person"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
