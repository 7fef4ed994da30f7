"""A refusal to shrink from something describes how a person or a work meets it, not a stand taken: "the game
refuses to flinch from the realities of life in the trenches", "she never shies away from the hard scenes",
"refuses to pull its punches", "refused to mince words". The cue model tags "refuses" as it tags "refused to
condemn the attack" (a stance kept); the verb after "to" shows the sense: one of avoiding (flinch, shy away,
shrink, recoil, pull punches, mince words, sugarcoat) makes the phrase a trait, "unflinching"."""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import head_verb

_REFUSING = frozenset({"refuse", "decline"})
_AVOIDING = re.compile(
    r"\s*(?:,\s*)?to\s+(?:(?:flinch|flinching|shrink|recoil|wince|cower)\b"
    r"|shy\s+away\b|look\s+away\b|pull\s+(?:any\s+|its\s+|his\s+|her\s+|their\s+)?punches\b|mince\s+(?:its\s+|his\s+|her\s+|their\s+)?words\b"
    r"|sugar-?coat)", re.I)
"""A verb of avoiding after "refuse to": the refusal is a manner ("unflinching"), with nothing stated or wanted."""


def refused_avoidance(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "refuse" (or "decline") and what follows it is "to" and a verb of avoiding ("refuses to
    flinch from the realities of ...")."""
    head = head_verb(text[attribution.cue[0] : attribution.cue[1]])
    if head not in _REFUSING or attribution.quote:
        return False
    return _AVOIDING.match(text, attribution.cue[1]) is not None
