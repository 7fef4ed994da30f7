"""A bare "charged with", "accused of", "convicted of" is a passive participle, never a statement: "Jo Keast
appeared in Ashby Magistrates Court on Thursday charged with dangerous driving" is no charge laid by the court.

Why: the cue model reads "charged", "accused" as cues wherever they stand, and the source tagger then walks back
to the nearest noun phrase ("video link in Ashby Magistrates Court"), which is given a position ("charges with
dangerous driving"). The active verbs take their object first ("police charged him with", "she accused the mayor
of"); one followed at once by its preposition describes the person it trails (the defendant who appeared, the
"official accused of bribery"), so the attribution is dropped.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_BARE_PARTICIPLE = re.compile(
    r"(?:charged|accused|convicted|indicted|suspected|acquitted|cleared)\s+(?:with|of|on|over)\b", re.IGNORECASE)
"""The cue's first words: a legal participle with its preposition at once, no object between (an active verb would
have one: "charged two men with")."""


def without_accused_participles(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, less those whose cue is a bare legal participle (see the module's docstring)."""
    return [a for a in attributions if a.quote or _BARE_PARTICIPLE.match(text, a.cue[0]) is None]
