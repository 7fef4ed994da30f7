"""A quotation given first and its speaker after it in a sentence of its own: "“Our officers showed restraint.”
| So said Police Chief Darnell Hobbs as he defended the response." US broadcast copy writes a lead so.

Why: the cue model reads "So said X as he defended ..." as X saying what follows the name ("as he defended the
response"), a statement no one made, and the quotation just before went to whoever the sentence named first (the
force in "Lakeview Police Chief"). The sentence says only who spoke the quotation before it: that is the content.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_SO = re.compile(r"(?:^|\n)[ \t]*(?:And\s+)?So\s+$")
""""So" opening a paragraph right before the cue."""
_LAST_QUOTE = re.compile(r"[“\"](?P<said>[^“”\"\n]{10,})[”\"]\s*$")
"""A quotation closing the paragraph before (its words at least a short sentence)."""
REACH = 400
"""Characters back from the cue read for "So" and the quotation's paragraph."""


def so_said(text: str, attribution: Attribution) -> Attribution:
    """The attribution with the quotation before "So said X" as its content; any other as it is."""
    lead = text[max(0, attribution.cue[0] - REACH) : attribution.cue[0]]
    so = _SO.search(lead)
    if so is None:
        return attribution
    before = lead[: so.start()].rstrip()
    quote = _LAST_QUOTE.search(before)
    if quote is None:
        return attribution
    offset = attribution.cue[0] - len(lead)
    return dataclasses.replace(attribution, content=(offset + quote.start(), offset + quote.end()), quote=True)
