"""An ultimatum: "Nurses' unions have given the health ministry 21 days to meet their demands or face a strike".

Why: "given" is a verb of doing to the cue model, and what follows it is a bare object, so the deadline set (a
demand, and often a threat) was read as no position or not tagged at all. A count of hours, days, weeks or months
given to someone "to" act is a demand with a time limit, whatever verb of giving carries it.
"""

from __future__ import annotations

import re

from brief.actors.cues import lemma

GIVE = lemma("give")
DEADLINE_REACH = 5
"""Words between the verb and the deadline's count: whom it is given to ("the health ministry", "the city council")."""
_DEADLINE = re.compile(
    rf"\s+(?:[\w'’.-]+\s+){{1,{DEADLINE_REACH}}}?(?:\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty)"
    r"\s+(?:hours?|days?|weeks?|months?)\s+to\s+[a-z]", re.IGNORECASE)
"""After the verb: whom, a count, a unit of time and "to" with the act demanded ("the government 14 days to respond")."""


def gives_deadline(head: str, after: str) -> bool:
    """Whether a verb (its lemma ``head``) and the words ``after`` it set someone a deadline to act."""
    return head == GIVE and _DEADLINE.match(after) is not None
