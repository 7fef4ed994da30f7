"""A verb of talking "about" a topic whose content the cue model took from before it: "The 54-year-old Blake, who
has written books about the royal family, talked about her book in an interview". What follows "about" is the
topic; what stands before the cue, unquoted, is its subject and the subject's description, nothing said.

Why: the model reads the words before a cue as a fronted statement ("..., X said") and a name in a list inside
the description as the source, so the subject's description went to that name as its words.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cue_shapes import TOPIC_FAMILIES
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.inner_nicknames import without_nicknames
from brief.actors.phrasing import verb_lemma

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_QUOTE_MARK = re.compile("[\"“”]")
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b")
"""The subject's relative clause set off after it ("Blake, who has written ..."): the content is the subject."""


def subject_before_topic(text: str, attribution: Attribution) -> bool:
    """Whether the cue ends in "about" after a verb of saying or thinking, and its content, unquoted, stands
    before the cue and holds the subject's relative clause (``_RELATIVE``): the subject, read as a fronted statement."""
    words = [w.lower() for w in _WORD.findall(text, *attribution.cue)]
    if len(words) < 2 or words[-1] != "about" or attribution.quote:
        return False
    start, end = attribution.content
    if end > attribution.cue[0] or _QUOTE_MARK.search(without_nicknames(text[start : attribution.cue[0]])):
        return False  # "“...,” she talked about": a quotation before the cue is its own
    if _RELATIVE.search(text, start, end) is None:
        return False  # "In an interview, X talked about": a fronted phrase, which later rules read past
    return CUE_GROUP.get(lemma(verb_lemma(words[-2]) or words[-2])) in TOPIC_FAMILIES
