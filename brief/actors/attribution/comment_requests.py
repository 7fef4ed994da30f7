"""A newsroom's request for comment ("Euronews has contacted the Commission for comment", "The Post has
reached out to the ministry for a response") is the reporter's errand, not a position of the outlet.

Why: the cue model tags "has contacted" as a cue, and the outlet that publishes the page was listed as an
actor that "contacts the Commission for comment", a furniture line of the reporting, not a stance anyone took.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.attribution import Attribution

_ERRAND_CUE = re.compile(r"(?:\w+\s+){0,2}(?:contact(?:ed|s)?|approach(?:ed|es)?|reach(?:ed|es)?(?:\s+out)?|e-?mail(?:ed|s)?)",
                         re.I)
"""The verbs of a reporter's request ("has contacted", "reached out", "approached"), after at most two
auxiliaries or adverbs ("has also contacted")."""
_FOR_COMMENT = re.compile(r"[^.;!?\"“”]{0,80}?\bfor\s+(?:a\s+|further\s+|its\s+|their\s+|his\s+|her\s+)?"
                          r"(?:comments?|responses?|reactions?|statements?)\W*$", re.I)
"""What is requested, at the content's end: a comment, a response, a reaction (within a short clause)."""


def without_comment_requests(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """The attributions less those that report a request for comment."""
    return [a for a in found if not (_ERRAND_CUE.fullmatch(text, *a.cue) and _FOR_COMMENT.fullmatch(text, *a.content))]
