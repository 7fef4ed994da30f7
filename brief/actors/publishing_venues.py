"""A journal where a study was published, named in the source of "according to": "according to a study published
Wednesday in Nature Geoscience", "according to the report in the Journal of Geophysical Research".

Why: the name in the source is the only one the resolver finds, so the journal (typed a place or an outlet) took
the study's finding as its own position; a journal prints what its authors found, and the study names no speaker.
"A report by Amnesty International" names its author, and "a report in the Financial Times" the paper that reports:
both stay.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_STUDY_IN = re.compile(
    r"\b(?:study|studies|paper|papers|research|findings|analysis|survey|trial),?\s+(?:(?:[\w,]+\s+){0,2}?"
    r"(?:published|appeared|appearing|printed)\s+)?(?:[\w,]+\s+){0,3}?in\s+(?:the\s+)?(?:(?:journal|magazine)\s+)?$",
    re.I)
"""A study and where it appeared, right before the journal's name ("a study published Wednesday in", "research in the
journal", "The research, published in the journal"). Not a news report's ("according to a report in the Financial Times": the paper reports, and speaks)."""
_PIECE_IN = re.compile(r"\b(?:report|article|review|letter|commentary)\s+(?:[\w,]+\s+){0,3}?in\s+(?:the\s+)?"
                       r"(?:(?P<journal>journal)\s+)?$", re.I)
"""Another piece and where it appeared ("the report in the Journal of ..."): a journal only when its name or the
word before it says so."""
JOURNAL_WORDS = frozenset("Journal Proceedings Annals Frontiers Bulletin Archives".split())
"""First words of a learned journal's name ("Journal of Geophysical Research", "Proceedings of the National Academy")."""
REACH = 80
"""Characters read before the name for the study or the piece."""


def publishing_venue(text: str, mention: Mention) -> bool:
    """Whether ``mention`` names the journal a study or a paper appeared in, not who speaks."""
    before = max(0, mention.start - REACH)
    if _STUDY_IN.search(text, before, mention.start):
        return True
    piece = _PIECE_IN.search(text, before, mention.start)
    return piece is not None and (piece.group("journal") is not None or mention.name.split()[0] in JOURNAL_WORDS)


def venue_names(text: str, mentions: list[Mention]) -> set[str]:
    """The names written as where a study appeared ("The research, published in the journal X, ... The team found"):
    no company "the team" or "the company" refers back to."""
    return {m.name for m in mentions if publishing_venue(text, m)}
