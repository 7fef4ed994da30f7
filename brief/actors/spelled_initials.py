"""A body's initials the tagger left untagged, where the article names the body in full: "the Malaysian Chinese
Association" once, then "MCA President Ong Ka Ting", "MCA state official Tan Kok Hong", "the MCA will meet".

Why: a word in capitals is as often a shout or a code to the tagger, and a story that never writes "(MCA)" after
the full name gives no definition to learn it from (``bracketed_initials``). The party was then named once and not
listed, though the story is about it. A word of capitals that spells the initials of an organisation the article
names in full (``short_forms.acronym``) is that body; grouping then joins it to the full name, as it joins a
tagged acronym.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.short_forms import MIN_QUALIFIED_ACRONYM, acronym
from brief.model import Sentence
from brief.text.sentences import sentence_at

MIN_FULL_WORDS = 3
"""Words of the full name: a name of two spells two capitals, which too many other words in capitals are."""
_CAPITALS = re.compile(rf"(?<![\w.&'’-])[A-Z]{{{MIN_QUALIFIED_ACRONYM},6}}(?=['’]s\b|[^\w&'’-]|$)")
"""A word of three to six capitals standing alone, or with a possessive ("MCA's")."""


def spelled_initials(article: int, text: str, sentences: Sequence[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with an organisation's mention added for each untagged word in capitals that spells the
    initials of an organisation the article names in full (``MIN_FULL_WORDS`` words or more)."""
    spelled = {acronym(m.name) for m in mentions if m.kind == "organization" and len(m.name.split()) >= MIN_FULL_WORDS
               and all(w[:1].isupper() for w in m.name.split())}
    if not spelled:
        return mentions
    added = []
    for found in _CAPITALS.finditer(text):
        start, end = found.span()
        if found.group() not in spelled or any(m.start < end and start < m.end for m in mentions):
            continue
        added.append(Mention(article, sentence_at(sentences, start), start, end, found.group(), found.group(),
                             "organization"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions
