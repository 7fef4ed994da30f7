"""A headline's verb inside a name the tagger read: "Quorvex Eyes Growth in Rural Broadband".

A headline set in title case gives its verb a capital, and the tagger, reading capitals, runs the subject,
the verb and the object into one name ("Quorvex Eyes Growth"). A word inside such a name that is a verb in
"-s" the tagger's lexicon meets mostly in lower case (``name_words.leading_headline_verb``) ends the name: the
words before it are the subject's name. Only in a line set in title case, or in a writing of the page's title
(which an old page's text may run into the story with no line break): in prose a capitalised "-s" word inside a
name is the name's own ("Johnson Controls said").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention, normalise
from brief.actors.name_words import leading_headline_verb

_WORD = re.compile(r"\S+")


def headline_verbs_cut(text: str, mentions: Sequence[Mention], title: str = "") -> list[Mention]:
    """The mentions, each name that runs over a title-case headline's verb cut before the verb."""
    titles = [(start, start + len(title)) for start in _writings(text, title)]
    out = []
    for m in mentions:
        words = list(_WORD.finditer(text, m.start, m.end))
        if m.kind in ("organization", "person") and len(words) > 2:
            line = next((title for start, end in titles if start <= m.start and m.end <= end),
                        text[text.rfind("\n", 0, m.start) + 1 : (text.find("\n", m.end) + 1 or len(text) + 1) - 1])
            written = [w.strip(".,:;'’\"“”") for w in line.split()]
            cut = next((i for i in range(1, len(words) - 1)
                        if leading_headline_verb([w.group() for w in words[i:]], written)), 0)
            if cut:
                end = words[cut - 1].end()
                m = dataclasses.replace(m, end=end, surface=text[m.start : end], name=normalise(text[m.start : end]))
        out.append(m)
    return out


def _writings(text: str, title: str) -> list[int]:
    """Where the page's title is written in the text, one writing after another (as ``re.finditer`` of the escaped
    title found them, without compiling a pattern for each page's title)."""
    out: list[int] = []
    at = text.find(title) if title.strip() else -1
    while at >= 0:
        out.append(at)
        at = text.find(title, at + len(title))
    return out
