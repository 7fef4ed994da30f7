"""A wire's ticker run into one paragraph: headlines each closed by its date and time ("Troubled actor dies at 25
1/15/2008, 7:50 p.m. CST • Union might keep writers from Grammys 1/15/2008, 6:41 p.m. CST • ...").

Why: a news page of the 2000s sets a box of the wire's latest headlines beside its story, and the extraction
keeps it as one long paragraph, too long for the furniture rules of short lines; its headlines read as
sentences, so the people they name ("Oprah Winfrey getting her own TV network") became actors of the story. A
story's prose gives a date with its clock time now and then, never several in a row each closing an item; the
shape, not the words, tells the box.
"""

from __future__ import annotations

import re

_STAMP_CLOSING_ITEM = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?\s*(?:[•·|]|$)", re.I)
"""A date and clock time ("1/15/2008, 7:50 p.m. CST") closing an item: a separator or the paragraph's end after it."""
MIN_STAMPED_ITEMS = 3
"""Items closed by a time stamp a ticker shows at the least: two may be a story's own timeline."""


def is_stamped_list(paragraph: str) -> bool:
    """Whether the paragraph is a run of headlines each closed by its date and time (see the module's docstring)."""
    return len(_STAMP_CLOSING_ITEM.findall(paragraph)) >= MIN_STAMPED_ITEMS
