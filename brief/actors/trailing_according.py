"""A description after a trailing "according to" source: "The airport was built in 1965 according to Ang Tshering
Sherpa, chairman of the mountaineering association." The source tagger stopped at the name, and the content was read
after it, so the position said "chairman of the mountaineering association": the source's title, not what it said,
which is the clause before the cue.

Why a rule: the model's content for "according to" follows the source when the source opens the sentence ("According
to X, ..."); after a clause, the words after the source's comma are its apposition, a noun phrase with no verb.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import inflected_verb, is_noun
from brief.text.lexicon import AUXILIARY_VERBS

_TRAILING_ACCORDING = re.compile(r"according\s+to\b")
"""The cue in lower case: it follows a clause, not opening its sentence."""
_COMMA = re.compile(r"\s*,\s*")
_DESCRIPTION = re.compile(r"(?:(?:a|an|the)\s+)?[a-z][\w'’-]*(?:\s+[\w'’&.-]+){0,10}?\s*[.!?]?\s*$")
"""A lower-case noun phrase up to the sentence's end ("chairman of Nepal Mountaineering Association.")."""
_CLAUSE_START = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n)(?=[^.!?\n]*$)")
CLAUSE_REACH = 400
"""Characters before the cue searched for the start of its sentence."""
MIN_CLAUSE_WORDS = 3
"""Words the clause before the cue must have to be a statement ("The airport was built")."""


def content_before_trailing_source(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its content the clause before a trailing "according to NAME, description", when the
    model took the description after the name's comma for its content; else as it is."""
    source = attribution.source
    start, end = attribution.content
    if (source is None or attribution.quote or _TRAILING_ACCORDING.fullmatch(text, *attribution.cue) is None
            or source[0] < attribution.cue[1] or source[1] > start or not _COMMA.fullmatch(text, source[1], start)):
        return attribution
    if _DESCRIPTION.fullmatch(text, start, end) is None or any(
            w in AUXILIARY_VERBS or (inflected_verb(w) and not is_noun(w)) for w in text[start:end].lower().split()):
        return attribution  # "..., according to X, who said ...": a clause of its own
    reach = max(0, attribution.cue[0] - CLAUSE_REACH)
    opened = _CLAUSE_START.search(text, reach, attribution.cue[0])
    if opened is None:
        return attribution
    clause = text[opened.end() : attribution.cue[0]].rstrip(" ,")
    if len(clause.split()) < MIN_CLAUSE_WORDS:
        return attribution
    return dataclasses.replace(attribution, content=(opened.end(), opened.end() + len(clause)))
