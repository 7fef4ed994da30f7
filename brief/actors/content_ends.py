"""Where reported content really is, when the cue model took words that are not the statement.

- A fronted question frame with the answer quoted after the cue, no colon between: "Asked what he had
  learned, the leader said “not much.”": the model gave the question for what was said; the answer is the
  quotation (``statements.content_after_fronted`` takes the colon-and-quotation case).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution

_QUOTE_MARK = re.compile("[\"“”«»]")


_FRONTED_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ed|ing)\b")
"""A capitalised participle opening the content: "Asked what ...", "Pressed on ...", "Speaking to ...": a
frame fronted before the source, never a statement of the source's own."""
_THEN_QUOTE = re.compile(r"\s*:?\s*([“\"])")
"""Right after the cue, an optional colon and an opening quotation mark."""
_CLOSING = {"“": "”", '"': '"'}
FRAME_REACH = 60
"""Characters from the fronted frame's closing comma to the cue: a source with its title ("council leader Jo
Bloggs") fits; a longer stretch may hold a clause of its own (set by hand)."""


def answer_after_frame(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """ "Asked what he had learned, the leader said “not much.”": the model took the fronted participle
    frame before the source for the content; what was said is the quotation right after the cue, up to its
    closing mark."""
    start, end = attribution.content
    if attribution.quote or end > attribution.cue[0] or not _FRONTED_PARTICIPLE.match(text, start):
        return attribution
    between = text[end : attribution.cue[0]]
    if not between.lstrip().startswith(",") or len(between) > FRAME_REACH or _QUOTE_MARK.search(between):
        return attribution
    opening = _THEN_QUOTE.match(text, attribution.cue[1])
    if opening is None:
        return attribution
    close = text.find(_CLOSING[opening.group(1)], opening.end(1), sentence_end + 1)
    if close < 0:
        return attribution
    return dataclasses.replace(attribution, content=(opening.start(1), close + 1), quote=True)


_AND_BEFORE = re.compile(r"[\s,]*\band\s+(?:also\s+|then\s+|later\s+)?$")
"""A coordinating "and" right before a second cue of the same subject ("blamed ... and said")."""


def before_coordinated_cue(text: str, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
    """ "Murkomen blamed “criminal elements” for the looting and said 112 people had been arrested": the
    model ran the first cue's content on over "and said", whose own content the same source states; the
    first content ends at the "and", so the second is a position of its own, not lost inside it."""
    start, end = attribution.content
    if attribution.source is None or start < attribution.cue[1]:
        return attribution
    for other in others:
        if other.source == attribution.source and start < other.cue[0] < end and other.content[0] >= other.cue[1]:
            joined = _AND_BEFORE.search(text, start, other.cue[0])
            if joined is not None and joined.start() > start:
                return dataclasses.replace(attribution, content=(start, joined.start()))
    return attribution


_SAYING_THEN_RAISED = re.compile(
    r"(?P<verb>said|says|say|added|adds|warned|warns|announced|announces|stated|states)"
    r"(?P<subject>(?:\s+[\w'’-]+){1,4}?)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|would\s+be|will\s+be)"
    r"\s+[a-z]+", re.I)
"""A saying verb, the subject of its clause and that clause's raised predicate taken for one cue
("said | water was expected | to peak"): the model reads "was expected" as a cue and joins it to "said"."""


def clause_after_saying(text: str, attribution: Attribution) -> Attribution:
    """ "The State Emergency Service said water was expected to peak at noon": the cue "said water was
    expected" left "to peak at noon" for content, and a raised cue is no statement, so the whole was
    lost. The cue is the saying verb; what was said is the clause after it, to the content's end."""
    a, b = attribution.cue
    start, end = attribution.content
    shape = _SAYING_THEN_RAISED.fullmatch(text, a, b)
    if shape is None or start < b or not shape.group("subject").strip()[:1].islower():
        return attribution
    return dataclasses.replace(attribution, cue=(a, shape.end("verb")), content=(shape.start("subject") + 1, end))
