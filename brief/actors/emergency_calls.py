"""Answering a call for help is a deed, not a reply: "Officers responded to the shooting around 9:30
p.m.", "Firefighters responded to a report of smoke", "Deputies were called to the scene".

Why: "respond" is a verb of saying ("responded to the criticism by saying ..."), and the cue model
reads "responded to" as a cue whatever its object; police and fire reports write it of going to an
incident, and the force was listed as "responds to the shooting around 9:30 p.m. and found the victim".
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_RESPONDED_TO = re.compile(r"respond(?:s|ed|ing)?\s+to$", re.I)
_INCIDENT = re.compile(
    r"\s*(?:the|a|an|reports?\s+of|calls?\s+(?:about|of|for|to)|multiple|several)?\s*(?:[\w-]+\s+){0,3}?"
    r"(?:shooting|stabbing|scene|call|calls|report|reports|crash|collision|fire|blaze|incident|emergency|disturbance|"
    r"alarm|robbery|burglary|break-in|accident|explosion|home|house|residence|address|area|location|block)\b",
    re.I,
)
"""An incident, a call about one, or the place it happened, as the object of "responded to"."""


def answered_call(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "responded to" an incident or its place: a deed of police or rescuers."""
    start, end = attribution.cue
    return _RESPONDED_TO.search(text, start, end) is not None and _INCIDENT.match(text, end) is not None
