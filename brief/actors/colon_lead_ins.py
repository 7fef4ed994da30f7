"""The writer's lead-in before a quotation whose frame follows it: "Harlow seems to agree: “This is the next step
...,” said Pelham Arden", "The landlord was blunt: “Pay up or leave,” he wrote".

Why: the cue model runs a content before its cue back to the sentence's start, so the position read "Harlow seems
to agree: ..." with the writer's words in it. A short clause closed by a colon right before the opening mark, whose
verb is the writer's word on how the speaker stands ("seems to agree", "appears to concur", "agrees", "was blunt"),
introduces the quotation; the cue after the quotation names whose words are inside the marks, and only those are what
was said. A lead-in that reports a fact ("Until now, it had never used alarms: “...,” the museum said") may be the
speaker's own account, and is kept.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_LEAD_IN = re.compile(r"[^“”\"\n:;]{1,200}?:\s*(?P<mark>[“\"])")
"""Words with no quotation mark, a colon, and an opening mark right after it."""
_WRITERS_WORD = re.compile(r"\b(?:seems?|seemed|appears?|appeared|agrees?|agreed|disagrees?|disagreed|concurs?|"
                           r"concurred|was\s+(?:blunt|emphatic|unequivocal)|is\s+(?:blunt|emphatic|unequivocal))\b", re.I)
"""The writer's word on how the speaker stands, in a lead-in ("Harlow seems to agree:", "The chief was blunt:")."""
LEAD_IN_WORDS = 10
"""Words of such a lead-in ("Harlow, for one, seems to agree"); a longer clause says more than how the speaker stands."""
CLOSING_REACH = 3
"""Characters the closing mark may stand before the content's end (the content keeps a comma and a space at most)."""


def quotation_after_lead_in(text: str, attribution: Attribution) -> Attribution:
    """The content from the opening mark when it runs before the cue from a lead-in closed by a colon; unchanged
    otherwise."""
    start, end = attribution.content
    if end > attribution.cue[0]:
        return attribution
    found = _LEAD_IN.match(text, start, end)
    if found is None:
        return attribution
    lead_in = text[start : found.start("mark")]
    if len(lead_in.split()) > LEAD_IN_WORDS or _WRITERS_WORD.search(lead_in) is None:
        return attribution
    mark = found.start("mark")
    closing = text.find("”" if text[mark] == "“" else '"', mark + 1, end)
    if closing < end - CLOSING_REACH:
        return attribution  # the quotation closes before the content's end: more of the writer's words follow it
    return dataclasses.replace(attribution, content=(mark, end), quote=True)
