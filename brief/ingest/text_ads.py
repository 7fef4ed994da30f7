"""Text ads a page sets among its story: short bulleted items, each paired with a bare web address.

Why: ad networks print a text ad as a line of headline and pitch and the advertiser's address under
it ("- Sport clothes. Great Style & Great Prices at AOL." then "www.aol.co.uk"). The extraction
keeps both, the items as prose (they end on a full stop), and the summary chose an ad as an
article's first sentence. An item is an ad only by its place: the addresses stand right after the
items, one an item, in a block of ``MIN_ADS`` or more; a story's bulleted list does not end in as
many bare addresses, and a lone address after one item ("Details: www.harbour.gov") is the story's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_BULLET = re.compile(r"^\s*[•·▪●◦*—–-]\s+\S")
"""An item of a list, bulleted as the extraction writes it."""
_ADDRESS = re.compile(r"\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s*", re.I)
"""A paragraph that is only a web address, as ads show their advertiser's ("www.aol.co.uk")."""
MIN_ADS = 2
"""Ads come in blocks ("Ads by Google" shows two to four); one item with an address may be the story's."""
AD_MAX_WORDS = 30
"""An ad's item is short: a headline and a line of pitch (the page that showed the rule: 7-10 words)."""


def text_ads(paragraphs: Sequence[str]) -> set[int]:
    """Indices of the ads' items and addresses (see the module's docstring)."""
    found: set[int] = set()
    i = 0
    while i < len(paragraphs):
        if not _ADDRESS.fullmatch(paragraphs[i]):
            i += 1
            continue
        end = i
        while end < len(paragraphs) and _ADDRESS.fullmatch(paragraphs[end]):
            end += 1
        count = end - i
        items = range(i - count, i)
        if count >= MIN_ADS and items.start >= 0 and all(
                _BULLET.match(paragraphs[j]) and len(paragraphs[j].split()) <= AD_MAX_WORDS for j in items):
            found.update(range(items.start, end))
        i = end
    return found
