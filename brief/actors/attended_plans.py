"""A plan to be somewhere is a deed to come, not a stance: "The coach and the president were planning to attend a
4 p.m. news conference", "plans to attend the summit".

Why: the cue model tags "plans" and "is planning" before an infinitive, and PolNeAR counts "X plans to visit" or
"plans to vote for" as X's stated intent, so a plan stays a position (``intended_deeds``). Attending names only
where someone means to be (a meeting, a ceremony, a game); what they will say or push for there is not in it.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PLANNING = frozenset({"plan", "intend"})
"""Verbs of a plan whose infinitive is the act planned."""
_ATTENDING = re.compile(r"\s+(?:also\s+)?to\s+(?:attend|be\s+present\s+at)\b", re.I)
"""The infinitive of being at an event, right after the verb: "to attend", "to be present at"."""


def planned_attendance(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a plan (``_PLANNING``) whose infinitive is attending an event (``_ATTENDING``)."""
    words = _WORD.findall(text, *attribution.cue)
    if not words or verb_lemma(words[-1].lower()) not in _PLANNING or attribution.quote:
        return False
    return _ATTENDING.match(text, attribution.cue[1]) is not None
