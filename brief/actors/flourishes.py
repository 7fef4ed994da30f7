"""A saying the writer lends someone as a flourish: "As Sherlock would say, “Elementary, my dear Watson.”"

"As X would say" (or "might say", "used to say") frames words the writer borrows, in X's manner, for the
writer's own point: nobody said them about the story, so they are no one's position. A report of speech
takes no modal ("As the minister said on Monday, the plan ..."), and is left alone.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_LENT = re.compile(r"(?:^|(?<=[\s\"“‘(]))[Aa]s\s+(?:[\w'’.-]+\s+){1,4}?"
                   r"(?:would|might|could|used\s+to|likes?\s+to|liked\s+to)\s+(?:have\s+)?"
                   r"(?:say|said|put\s+it|tell\s+you)$")
""""As" opening the clause, the would-be speaker ("Sherlock", "my grandmother") and a saying verb in the
mood of what they would or used to say, ending where the cue ends."""
AS_REACH = 60
"""Characters read back from the cue's end for the "As" and its speaker (a name with a title or a
possessive fits; set by hand)."""


def lent_saying(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "would say" (or "used to say" ...) after a fronted "As" and its speaker: a
    saying the writer borrows, no statement of the speaker's about the story."""
    a, b = attribution.cue
    line_start = text.rfind("\n", 0, a) + 1
    return _LENT.search(text[max(line_start, b - AS_REACH) : b]) is not None
