"""A title of rank held of a place that the tagger left untagged: "A spokesperson for the Archbishop of Canterbury
said", "a statement from the Duke of Harwell".

Why: the tagger reads "Archbishop of Canterbury" as a title and a town, and may tag neither; the office holder is
then missing, and a statement made for them went to whoever was named before. A title of rank held of a place
names one person (``peerages``), so its writing is a person's mention wherever the tagger gave none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.peerages import RANK_TITLES
from brief.model import Sentence
from brief.text.sentences import sentence_at

_PEERAGE = re.compile(rf"\b(?:{'|'.join(sorted(RANK_TITLES))}) of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
                      r"(?!['’]?s?\s+[A-Z])(?![\w'’-])")
"""A title of rank, "of" and a place of one or two capitalised words, no capitalised word after it (the "Duke of
Edinburgh Award", the "Prince of Wales Hospital" are bodies)."""

BEFORE_REACH = 30
"""Characters before the title read for the word before it (the mention's ``after``)."""


def untagged_peerages(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a person's mention added for each title of rank held of a place (see the module's
    docstring) that no mention overlaps."""
    added = []
    for found in _PEERAGE.finditer(text):
        start, end = found.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        sentence = sentence_at(sentences, start)
        name = found.group()
        before = text[max(0, start - BEFORE_REACH) : start].split()
        added.append(Mention(article, sentence, start, end, name, name, "person",
                             after=before[-1].lower() if before else ""))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
