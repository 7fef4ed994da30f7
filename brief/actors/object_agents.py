"""Whose charge is rejected: "Veloria's foreign ministry on Monday rejected accusations by Tarsan Prime Minister David
Kessler that ..." is the ministry's stance; Kessler is the one who made the accusations, named inside the object.

Why: the source model, reading a name close after the cue, took the accuser for the source ("Tarsan Prime") and
the rest of the object for the content, so the ministry lost its stance and no one held it. A source after the cue
that follows "accusations by", "claims from", "calls by" is the object noun's agent; the subject is before the cue.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_AGENT_OF_OBJECT = re.compile(
    r"\s+(?:the\s+|these\s+|those\s+)?(?:[\w'’-]+\s+){0,2}(?:accusations?|claims?|allegations?|charges?|calls?|demands?|"
    r"criticism|suggestions?|reports?|proposals?|assertions?|threats?)\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?$", re.I)
"""From the cue to the model's source: an object noun of what someone said, then "by" or "from" its maker."""
_DATELINE = re.compile(r"\s*(?:[A-Z][A-Z .,'-]*[A-Z]\s*(?:\([^)]*\))?\s*[:—–-]+\s*)?")
"""A dateline opening the sentence ("ARVAND:", "TEHRAN (AP) —"), left out of the subject."""
_TRAILING = re.compile(r"(?:\s+(?:on|last|this|late|early)\s+[A-Z]?\w+|\s+(?:yesterday|today|tonight)|\s+\w+ly"
                       r"|\s+[\"“‘'][\w-]+[\"”’'])+\s*$")
"""Adverbs of time and manner between the subject and the cue ("on Monday \"firmly\"")."""
MAX_SUBJECT_WORDS = 8
"""Words of the subject before the cue ("Veloria's foreign ministry"): a longer run is a clause, not one subject."""


def subject_before_object_agent(text: str, attribution: Attribution, sentences: list[tuple[int, int]]) -> Attribution:
    """The attribution with the subject before its cue as source, and what follows the cue as content, where the
    model's source is the maker of the object ("rejected accusations by X that ..."); unchanged otherwise."""
    source, (cue_start, cue_end) = attribution.source, attribution.cue
    if source is None or source[0] < cue_end or not 0 <= attribution.sentence < len(sentences):
        return attribution
    if _AGENT_OF_OBJECT.fullmatch(text, cue_end, source[0]) is None:
        return attribution
    sentence_start, sentence_end = sentences[attribution.sentence]
    dateline = _DATELINE.match(text, sentence_start, cue_start)
    start = dateline.end() if dateline else sentence_start
    trailing = _TRAILING.search(text, start, cue_start)
    end = trailing.start() if trailing else len(text[:cue_start].rstrip())
    subject = text[start:end]
    if not subject[:1].isupper() or not 0 < len(subject.split()) <= MAX_SUBJECT_WORDS:
        return attribution
    content_start = len(text) - len(text[cue_end:].lstrip())
    content_end = len(text[:sentence_end].rstrip().rstrip("."))
    return dataclasses.replace(attribution, source=(start, end), content=(content_start, max(content_start, content_end)))
