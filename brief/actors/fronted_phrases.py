"""A phrase with no verb set before its speaker, which the cue model took for what was said: "Outside court,
Detective Sergeant Paul Reid said the sentence sent a clear message", "In Nairobi, the minister said ...".

Why: a fronted phrase of where or when ("Outside court", "Back in Lagos", "Later that evening") is no
statement, and the real content after the cue was lost with it (``clause_spans.not_asserted`` then drops
the phrase, and the speaker said nothing). ``fronted_settings`` reads the phrases of a medium or an occasion
of speaking; this reads any short phrase with no verb, set off by a comma right before the source, when
a clause follows the cue.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.phrasing import inflected_verb
from brief.text.lexicon import AUXILIARY_VERBS

FRONTED_PHRASE_MAX_WORDS = 6
"""Words of such a phrase ("Outside the High Court in Abuja on Friday"): a longer stretch before the source
may be a statement set before its cue, whatever verb the dictionary misses in it."""
MIN_CLAUSE_WORDS = 3
"""Words after the cue that make a clause of what was said ("the sentence sent ...")."""
SAYING_GROUPS = frozenset({"speech", "demand", "commit"})
"""Cue families of saying, demanding and promising: after "Earlier that morning, X and I found ..." the cue is a
deed or a finding of the narrator's (the "belief" family's "found"), whose object is no statement."""
_COMMA_THEN = re.compile(r"\s*,\s*")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _verb(word: str) -> bool:
    lower = word.lower()
    return lower in AUXILIARY_VERBS or inflected_verb(lower)


def verbless_fronted(text: str, attribution: Attribution, sentence_end: int) -> bool:
    """Whether the content the model found before the cue is a short phrase with no verb, set off by a comma
    right before the source, and a clause follows the cue in its sentence."""
    start, end = attribution.content
    if attribution.quote or end > attribution.cue[0] or attribution.source is None:
        return False
    head = text[attribution.cue[0] : attribution.cue[1]].split()
    if not any(CUE_GROUP.get(lemma(word.lower())) in SAYING_GROUPS for word in head):  # "said", "pleaded with"
        return False
    words = _WORD.findall(text, start, end)
    after = _WORD.findall(text, attribution.cue[1], sentence_end)
    return (0 < len(words) <= FRONTED_PHRASE_MAX_WORDS and not any(_verb(w) for w in words)
            and _COMMA_THEN.fullmatch(text, end, attribution.source[0]) is not None and len(after) >= MIN_CLAUSE_WORDS)
