"""The one written to before a participle of asking is its addressee, not its source: "Dr. Samuel Okafor, a surgeon
at X, wrote to the board asking that the ward be kept open", "The union sent a letter to the minister urging ...".

Why: the cue model takes the noun right before "asking" for its source, as in "the board, asking ...", and
``content_frames.object_before_participle`` frees it only after a comma. After "wrote to" (or a letter to) the
participle goes on with the writer's request, whoever is written to; the source is left for the rules that find the
clause's subject (``opening_subject.participle_subject``).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_WRITTEN_TO = re.compile(
    r"\b(?:wrote|writes|write|writing|written|(?:letter|letters|petition|email|e-mail|appeal)(?:\s+\w+){0,2}?)\s+to\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", re.I)
"""A verb of writing, or a letter or petition, then "to" right before the source."""
_ASKING = frozenset("ask urge call demand request plead implore beg press".split())
"""Participles of asking that go on with the writer's request ("asking that", "urging them to")."""
_REACH = 60
"""Characters before the source searched for "wrote ... to": a clause's verb and a letter's few words."""


def addressee_before_participle(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The attribution without its source when that source is the one written to before a participle of asking."""
    source, words = attribution.source, text[attribution.cue[0] : attribution.cue[1]].split()
    if source is None or not words or not words[0].lower().endswith("ing") or source[1] > attribution.cue[0]:
        return attribution
    if verb_lemma(words[0].lower()) not in _ASKING or text[source[1] : attribution.cue[0]].strip():
        return attribution
    if _WRITTEN_TO.search(text, max(sentence_start, source[0] - _REACH), source[0]) is None:
        return attribution
    return dataclasses.replace(attribution, source=None)
