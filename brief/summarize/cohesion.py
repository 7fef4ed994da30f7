"""Whether a sentence can be read on its own, without the ones around it.

An extractive summary lifts sentences out of their articles; one that opens with "But", "He" or
"This", or quotes a bare pronoun (", he further said"), leans on a sentence the reader no longer
has. The briefing makes such sentences pay (``concepts.DANGLING_PENALTY``); a per-article summary
takes one only together with the sentence it leans on (``position.summarize``).
"""

from __future__ import annotations

import re

_DANGLING = re.compile(
    r"[\"“‘']?(?:but|and|or|so|also|however|yet|still|then|instead|meanwhile|he|she|it|they|this|that|these|those|"
    r"his|her|its|their|there)\b",
    re.IGNORECASE,
)

_PRONOUN_SPEAKER = re.compile(
    r"(?:,|[”\"’]|'')\s*(?:he|she|they)\s+(?:\w+\s+){0,2}?(?:said|says|added|adds|told|tells|insisted|insists|"
    r"stressed|stresses|noted|notes|explained|explains|argued|argues|warned|warns|declared|declares|stated|"
    r"states|asserted|asserts|continued|continues|wrote|writes|recalled|recalls)\b",
    re.IGNORECASE,
)
"""A quotation or claim attributed to a bare pronoun (", he further said"): whose words they are
is told by an earlier sentence, so out of its article the sentence is as dangling as "He said"."""


def leans_on_previous(text: str) -> bool:
    """Whether a sentence needs the one before it to be understood."""
    return bool(_DANGLING.match(text.lstrip()) or _PRONOUN_SPEAKER.search(text))


def balanced_quotes(text: str) -> bool:
    """Whether every quote the sentence opens it also closes: otherwise it is a piece of a longer
    quotation, which out of its article starts or stops mid-voice."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0
