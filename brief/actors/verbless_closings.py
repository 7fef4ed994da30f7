"""A quotation closed by its speaker's title and name with no verb: '"We will find them," Detective Deputy
Commissioner Rhys Oduya.' The words are the named person's.

Why: tabloids and wire copy translated in haste drop the "said" after a quotation's closing comma, leaving a
caption-like attribution the cue model never sees as one, and the words were lost. Only the plain shape is read:
a sentence that opens with a quotation closed by a comma and its mark, then capitalised words only (a title and
the name of a person the article names) to the sentence's stop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mention_index import MentionIndex
from brief.actors.speakers import Continued
from brief.model import Sentence

_QUOTED_THEN_NAME = re.compile(r"(?P<open>[“\"])[^“”\"]{8,}?[,!?](?P<close>[”\"])\s+"
                               r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,7}[A-Z][\w'’-]*)\s*\.?")
"""The whole sentence: a quotation that closes with a comma (or ? or !) inside its marks, then only capitalised
words (a title and a name) to the stop."""


def verbless_closings(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> list[Continued]:
    """Each quotation closed by a person's title and name alone, as that person's words."""
    out: list[Continued] = []
    for k, s in enumerate(sentences):
        found = _QUOTED_THEN_NAME.fullmatch(s.text.strip())
        if found is None:
            continue
        lead = len(s.text) - len(s.text.lstrip())
        name_start = s.start + lead + found.start("name")
        name_end = s.start + lead + found.end("name")
        people = [m for m in index.within((name_start, name_end)) if m.kind == "person" and m.end == name_end]
        if people:
            out.append(Continued(people[-1], k, (s.start + lead + found.start("open"), s.start + lead + found.end("close")),
                                 cue="said"))
    return out
