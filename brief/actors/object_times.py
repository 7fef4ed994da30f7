"""A stance's object ends before the time it was taken: "The association rejected the plan on Tuesday" rejects
"the plan", not "the plan on Tuesday".

Wire copy puts when a side was taken after the verb's object ("opposed the proposal last month", "commented in
favor of the package on Monday"). The cue model reads the object to the sentence's end and keeps the time, which
is the writer's report of when, not part of what is backed or rejected; so is the setting right before it ("condemned
the attack in a statement on Sunday"). An object too short to stand alone keeps both ("defended the agreement on
Monday night": a bare "the agreement" after a verb that names no side would be dropped as saying nothing). Only a plain noun phrase loses its time:
after a clause, an infinitive or a participle ("rejected the plan to hold the vote on Tuesday", "denied reports
published on Monday") the time may be the inner verb's, and what is wanted or demanded may be set for a time ("wants a vote on Tuesday"), so those stay whole.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.phrasing import inflected_verb, is_noun
from brief.actors.plain_cues import PHRASAL_STANCES, STANCE_NOUNS
from brief.actors.short_positions import short_stance
from brief.actors.speakers import MIN_POSITION_WORDS
from brief.actors.time_subjects import TIME

_SIDES = frozenset({"for", "against"})
"""The cue families of backing and rejecting, whose object is what the side is taken on."""
_SIDE_WORDS = STANCE_NOUNS | {"favor", "favour"}
"""Nouns of a side in a phrasal cue ("voiced support for", "came out in favor of")."""
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
_TRAILING_TIME = re.compile(rf"(?:,\s*|\s+)(?:(?:late|early)\s+(?:on\s+)?{_DAY}|(?:on\s+)?{_DAY}|{TIME})$")
"""A time closing the object: "on Tuesday", "Tuesday night" (wire style drops the "on"), "late on Thursday",
"last month"."""
_SETTING = re.compile(
    r"\s+(?:in|at|during)\s+(?:(?:an?|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:statement|interview|speech|address|rally|meeting|summit|news\s+conference|press\s+conference|briefing|hearing|debate|"
    r"parliament|Parliament|Congress|the\s+Senate|the\s+House)(?:\s+(?:in|at|on)\s+(?:the\s+)?[\w'’-]+){0,1}$")
"""Where the side was taken, before its time: "in a statement", "at a rally in the capital", "during a televised
address", "in parliament"."""
_CLAUSE_WORD = re.compile(r"\b(?:to|that|which|who|whom|whose|when|where|while|if|would|will|could|should|can|"
                          r"may|might|must|is|are|was|were|be|been|has|have|had)\b|[\"“”,;:()]", re.I)
"""Words and marks of a clause or an infinitive inside the object, which the time may belong to."""
MAX_OBJECT_WORDS = 10
"""Words of a noun phrase before the time ("the idea of a broad slowdown in chip demand"); longer is a clause."""


def time_after_object(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its content cut before a time that closes a stance's object, and before the setting
    right before that time ("rejected | the plan on Tuesday" -> "the plan", "condemned the attack in a statement on
    Sunday" -> "the attack"), when what is left still stands as a position; unchanged otherwise."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1] or text[attribution.cue[1] : start].strip():
        return attribution
    if not _takes_side(text[attribution.cue[0] : attribution.cue[1]].lower().split()):
        return attribution
    time = _TRAILING_TIME.search(text, start, end)
    if time is None or time.start() <= start:
        return attribution
    setting = _SETTING.search(text, start, time.start())
    cue = text[attribution.cue[0] : attribution.cue[1]]
    for cut in (setting.start() if setting is not None else 0, time.start()):
        kept = text[start:cut]
        if cut <= start or _CLAUSE_WORD.search(kept) or len(kept.split()) > MAX_OBJECT_WORDS or _participle_last(kept):
            continue
        if len(kept.split()) >= MIN_POSITION_WORDS or short_stance(cue, kept):
            return dataclasses.replace(attribution, content=(start, cut))
    return attribution


def _takes_side(words: list[str]) -> bool:
    """Whether the cue backs or rejects: a verb of either family ("rejected"), a phrasal verb of rejecting
    ("ruled out") or a noun of a side ("voiced support for", "commented in favor of")."""
    return bool(words) and (any(CUE_GROUP.get(lemma(w)) in _SIDES for w in words)
                            or lemma(words[0]) in PHRASAL_STANCES and len(words) > 1
                            or any(w in _SIDE_WORDS for w in words))


def _participle_last(kept: str) -> bool:
    """Whether the object ends in a participle, which the time belongs to ("denied reports published on Monday")."""
    last = kept.split()[-1].lower() if kept.split() else ""
    return inflected_verb(last) and not is_noun(last)
