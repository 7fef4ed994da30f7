"""A wire's ticker run into one paragraph: headlines each closed by its date and time ("Troubled actor dies at 25
1/15/2008, 7:50 p.m. CST • Union might keep writers from Grammys 1/15/2008, 6:41 p.m. CST • ...").

Why: a news page of the 2000s sets a box of the wire's latest headlines beside its story, and the extraction
keeps it as one long paragraph, too long for the furniture rules of short lines; its headlines read as
sentences, so the people they name ("Oprah Winfrey getting her own TV network") became actors of the story. A
story's prose gives a date with its clock time now and then, never several in a row each closing an item; the
shape, not the words, tells the box. The same box written as a list, one headline a paragraph ("• Art centre
to close 6:03 p.m. PT"), is told by the item's shape alone: a bullet, no stop, a clock time at its end.
"""

from __future__ import annotations

import re

_STAMP_CLOSING_ITEM = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?\s*(?:[•·|]|$)", re.I)
"""A date and clock time ("1/15/2008, 7:50 p.m. CST") closing an item: a separator or the paragraph's end after it."""
_STAMPED_HEADLINE = re.compile(
    r"^(?:[-–—]\s+)?[•·▪●◦*]\s*\S.*?[^.!?\s]\s+"
    r"(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+)?\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?\s+[A-Z]{2,4}$")
"""One list item closed by its clock time and zone ("• Art centre to close 6:03 p.m. PT"): a box of the latest
headlines written as a list, an item a paragraph; a story's sentence ends on its stop, never on a time's zone."""
MAX_STAMPED_HEADLINE_WORDS = 20
"""Words of such an item at the most: a headline's length with its time."""
MIN_STAMPED_ITEMS = 3
"""Items closed by a time stamp a ticker shows at the least: two may be a story's own timeline."""


def is_stamped_list(paragraph: str) -> bool:
    """Whether the paragraph is a run of headlines each closed by its date and time (see the module's docstring)."""
    return len(_STAMP_CLOSING_ITEM.findall(paragraph)) >= MIN_STAMPED_ITEMS


def is_stamped_headline(paragraph: str) -> bool:
    """Whether the paragraph is one list item of a box of headlines, closed by its time (see _STAMPED_HEADLINE)."""
    return len(paragraph.split()) <= MAX_STAMPED_HEADLINE_WORDS and bool(_STAMPED_HEADLINE.match(paragraph.strip()))
