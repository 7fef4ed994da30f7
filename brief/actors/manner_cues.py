"""A verb of speaking followed by "like" or "as if" says how someone spoke, not what: "He still walked and talked
like he was pacing a sideline". Moved out of ``cue_verbs``, which was full.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import head_verb
from brief.actors.cues import CUE_GROUP, lemma


def manner_cue(text: str, attribution: Attribution) -> bool:
    """Whether a verb of speaking is followed by "like" or "as if": "He still walked and talked like he
    was pacing a sideline" says how he spoke, not what (a belief's "feels like the team is ready" is
    a view, and is kept)."""
    head = head_verb(text[attribution.cue[0] : attribution.cue[1]])
    return (head is not None and CUE_GROUP.get(lemma(head)) == "speech"
            and _MANNER.match(text, attribution.cue[1]) is not None)


_MANNER = re.compile(r"\s+(?:(?:\w+ly|again|still)\s+)?(?:like|as\s+if|as\s+though)\b(?!\s+to\b)", re.I)
"""A comparison of manner after the cue ("talked like he was ...", "writes as if ..."); not "like to"."""
