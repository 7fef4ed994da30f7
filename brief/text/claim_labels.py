"""A fact-check's label before the claim it tests ("CLAIM: The airport was flooded on Monday."): capitals and a
colon, shaped as a dateline ("NEW DELHI: "), but the label is what makes the sentence a claim under test. Trimmed
away as a dateline, the summary stated the false claim as the page's own news."""

from __future__ import annotations

import re

_CLAIM_LABEL = re.compile(r"(?:THE[ ]+)?(?:(?:FALSE|VIRAL|MISLEADING)[ ]+)?(?:CLAIMS?|RUMOU?RS?)[ ]*:\s*")
"""The labels of the tested claim, in the capitals fact-check desks print them in."""


def is_claim_label(lead: str) -> bool:
    """Whether a dateline-shaped lead is a fact-check's claim label, to be kept with its sentence."""
    return _CLAIM_LABEL.fullmatch(lead) is not None
