"""A passive with a quantifier floated between its "be" and its participle: "Sehwag, Dravid and Tendulkar were all
dismissed by a rejuvenated attack", "The two were both charged with fraud".

Why: the cue model's cue starts after the quantifier ("dismissed"), so the passive rule, which reads "be" inside
the cue ("was dismissed"), did not see it, and the batsmen were listed as dismissing "by a rejuvenated attack". The
participle after "be all" is done to the subject, who said nothing.
"""

from __future__ import annotations

import re

from brief.text.lexicon import IRREGULAR_PARTICIPLES

_FLOATED_BE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:all|both|each)\s+$", re.I)
"""A passive's "be" with "all", "both" or "each" after it, right before the cue."""
LOOK_BACK = 16
"""Characters before the cue read for "be" and the quantifier ("were both " is 10)."""


def floated_passive(text: str, cue: str, cue_start: int) -> bool:
    """Whether the cue is a participle after "be" and a floated quantifier: passive, no statement of its subject."""
    first = cue.split()[0].lower() if cue.split() else ""
    return (first.endswith("ed") or first in IRREGULAR_PARTICIPLES) and bool(
        _FLOATED_BE.search(text, max(0, cue_start - LOOK_BACK), cue_start))
