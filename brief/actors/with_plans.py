"""A plan written in a "with" phrase is no one's statement: "Talvo launched a trial this spring, with plans for
a full launch next year", "opened two stores, with the aim of doubling sales".

Why: the cue model reads "plans for" as a cue and hangs it on the sentence's first subject, which may be
another party; a "with" phrase tacked on a clause tells what was planned (a deed to come), not what anyone
said or wants stated, and whose plan it is the phrase does not say.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_WITH_PLAN = re.compile(r"\bwith\s+(?:(?:the|an?|its|their|his|her|our)\s+)?(?:(?:stated|further|future|new)\s+)?"
                        r"(?:plans?|aims?|intention|intent|goal)\b", re.I)
""""with" and a noun of plan or aim, with at most an article or possessive and one adjective between."""
REACH = 40
"""Characters before the cue's end looked at for the "with" phrase ("with the stated intention" is 30)."""


def plan_in_with_phrase(text: str, attribution: Attribution) -> bool:
    """Whether the cue is (or ends) a "with" phrase of plan or aim (``_WITH_PLAN``): "..., with plans for a
    full launch next year"."""
    start, end = attribution.cue
    found = _WITH_PLAN.search(text, max(0, end - REACH), end)
    return found is not None and found.end() > start
