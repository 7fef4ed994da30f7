"""The headline and its time stamp run into the story's first paragraph.

Some templates of the 2000s (local TV and wire pages) print the headline, a "POSTED: 11:54 pm EST January 9,
2008" stamp and the dateline in one block with the story's first sentence, so the extracted text opens
"Storm hits coast POSTED: 11:54 pm EST January 9, 2008 Harbour City, ME -- (Coast Wire) - A storm ...":
the summary's first line and the first sentence's subject were the template's. ``brief.ingest.html`` drops a
headline that stands on a line of its own; this cuts one that a stamp follows on the same line, and the
stamp with it. The headline alone before the story's words is left (it may be the story's own first words).
"""

from __future__ import annotations

import re

from brief.ingest.lead_furniture import MONTH

_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?-i:\s+[A-Z]{2,4})?"
_DATE = rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}})"
# "POSTED: 11:54 pm EST January 9, 2008", "Updated: Jan 9, 2008 11:54 PM", "Published Wednesday, May 3, 2006":
# a label of the stamp, then a time and a date in either order (one of them at least).
_STAMP = re.compile(
    rf"\s*(?:posted|updated|last\s+updated|published)(?:\s+(?:on|at))?\s*:?\s*"
    rf"(?:{_TIME}(?:\s*,?\s*{_DATE})?|{_DATE}(?:\s*,?\s*(?:at\s+)?{_TIME})?)\s+(?=\S)",
    re.I,
)
# After the stamp, a dateline in the story's case with a wire's tag in brackets: "Harbour City, ME -- (Coast
# Wire) - ". The tag between two dashes is what makes it a dateline (lead_furniture's wants capitals).
_TAGGED_DATELINE = re.compile(
    r"[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4}\s*(?:--|[—–-])\s*\([A-Z][\w.&' -]{1,30}\)\s*(?:--|[—–-])\s+(?=\S)"
)


def without_stamped_headline(line: str, headlines: list[str]) -> str:
    """``line`` without a headline at its start that a time stamp follows (and that stamp, and a tagged
    dateline after it); ``line`` unchanged otherwise."""
    folded = line.casefold()
    for headline in headlines:
        if len(headline) < 2 or not folded.startswith(headline.casefold()):
            continue
        stamp = _STAMP.match(line, len(headline))
        if stamp:
            dateline = _TAGGED_DATELINE.match(line, stamp.end())
            return line[dateline.end() if dateline else stamp.end():]
    return line
