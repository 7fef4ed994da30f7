"""A description of the speaker set before their title and name in a frame after a quotation: “A,” the board's
chair, retired judge Margaret Olsen, said. “B.” The source the model marks is the title and the name, so the
description before it ("the board's chair,") is left between the quotation and the frame's cut: who speaks, not
what was said.

Why a module of its own: clause_spans.content_text joins a content's parts around its frame and is at its size
limit; reading where a quotation ends before a frame is one small job.
"""

from __future__ import annotations

import re

DESCRIPTION_WORDS = 8
"""Most words of a description between a quotation and the source ("the board's chair,", "the company's chief
financial officer,"): a frame's apposition, not a sentence that goes on."""
_DESCRIPTION = re.compile(rf"\s*,?\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
                          rf"(?:[\w'’.-]+\s+){{0,{DESCRIPTION_WORDS - 2}}}[\w'’.-]+\s*,?\s*")
"""A description after a quotation's closing mark: a determiner, then a few words ("the board's chair,")."""


def quotation_before_description(left: str) -> str:
    """``left`` (a content's part before its frame) cut at its quotation's closing mark when only a short
    description of the speaker follows it (“A,” the board's chair,): else ``left`` as it is."""
    if not left or left[0] not in "“\"":
        return left
    close = left.rfind("”") if left[0] == "“" else left.rfind('"')
    if close <= 0 or (left[0] == '"' and left.count('"') % 2):
        return left  # no closing mark, or a straight quotation still open
    if not _DESCRIPTION.fullmatch(left, close + 1):
        return left
    return left[: close + 1]


_AFTER_SENTENCE = re.compile(r"[.!?][”\"’']?\s+([“\"])")
"""A quotation opening after the frame's sentence has ended ("... said. “B.”")."""


def continued_quotation(right: str, glued: bool) -> int:
    """Where the quotation that goes on after a frame opens in ``right`` (the content's part after the frame), -1
    when none does: the first opening mark, else, when the frame runs into a quotation with no mark between
    (``glued``: a word the source's own clause quotes, “A,” said Helen Cho, an analyst who rates the stock
    "hold." "B."), the first after that one's sentence ends."""
    first = min((right.find(q) for q in ("“", '"') if q in right), default=-1)  # not an apostrophe
    if not glued or first != 0:
        return first
    after = _AFTER_SENTENCE.search(right, 1)
    return after.start(1) if after is not None else first
