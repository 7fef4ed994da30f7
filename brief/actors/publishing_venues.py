"""A journal where a study was published, named in the source of "according to": "according to a study published
Wednesday in Nature Geoscience", "according to the report in the Journal of Geophysical Research".

Why: the name in the source is the only one the resolver finds, so the journal (typed a place or an outlet) took
the study's finding as its own position; a journal prints what its authors found, and the study names no speaker.
"A report by Amnesty International" names its author, and stays.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_PUBLISHED_IN = re.compile(
    r"\b(?:(?:published|appeared|appearing|printed|reported)\s+(?:[\w,]+\s+){0,4}?in"
    r"|(?:study|studies|report|paper|research|findings|article|analysis|review|survey|letter)\s+in)"
    r"\s+(?:the\s+)?(?:(?:journal|magazine|periodical)\s+)?$", re.I)
"""What names a journal as where a study appeared, right before its name ("published Wednesday in", "the report in
the Journal of", "a paper in the journal")."""
REACH = 60
"""Characters read before the name for ``_PUBLISHED_IN``."""


def publishing_venue(text: str, mention: Mention) -> bool:
    """Whether ``mention`` names where a study was published, not who speaks."""
    return _PUBLISHED_IN.search(text, max(0, mention.start - REACH), mention.start) is not None
