"""A quotation broken by its cue: "“Every time you say that,” Tester said, referring to the excuse,
“you give ammunition to ...”". The tagger takes the first part (closed with a comma before the
cue) as the content; the part that resumes after the cue, in the same sentence, is said by the
same speaker and completes it. The content then spans both parts, and ``clause_spans.content_text`` shows them
joined with an ellipsis, the cue and the words between left out.

A quotation may also go on after its frame ends the sentence (“A,” X wrote in a post. “B.”): the
next quotation on the same line is the same speaker's (``quotations_after_frames``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention
from brief.actors.quote_before import MIN_QUOTED_WORDS
from brief.actors.speakers import Continued
from brief.model import Sentence

_BROKEN_OFF = re.compile(r",\s*[”\"]\s*$")
"""The first part ends in a comma inside its closing mark: the sentence goes on after the cue
(a part closed with "." or "?" ended its sentence)."""
_RESUMES = re.compile(r"[^“”\"\n.!?;:]*?,\s*(?:(?:and|but)\s+)?(?P<open>[“\"])")
"""After the cue: words up to a comma (and an "and" or "but"), then the mark that reopens the
quotation ("said, referring to ..., “", "he said, and “"); no other quote mark, sentence end or line
break on the way."""
_SET_OFF = re.compile(r"\s*,\s*")
"""Between a paraphrase and its frame, a comma alone: "None of them were charged, Levy said, but “...”"."""
_RESUMES_AT_CUE = re.compile(r"[ \t]*(?P<open>[“\"])")
"""Right after a cue that ends its frame ("he says “..."), the reopening mark alone: after a
source's apposition ("said X, author of “Title”") a mark opens a title."""
_CLOSES = re.compile(r"[^“”\"\n]*?(?:[”\"]|[.!?…](?=[ \t\xa0]*(?:\n|$)))")
"""The resumed part up to its closing mark, on the same line; or up to the paragraph's end with no mark, after a
sentence's end: a quotation that goes on in the next paragraph (“A,” he says, “but B. C.¶“D.”), whose paragraph
leaves its mark open by the convention of quotations over several paragraphs."""


def resumed_quotation(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """A direct quotation before its cue that resumes after it in the same sentence takes both
    parts as its content, as does a paraphrase before a frame set off in commas that a quotation
    follows ("None were charged, Levy said, but “I want to emphasize ...”"); any other attribution
    is returned as it is."""
    start, end = attribution.content
    cue_start, cue_end = attribution.cue
    source = attribution.source
    if end > cue_start:
        return attribution
    frame_start = min(cue_start, source[0] if source else cue_start)
    if attribution.quote:
        if not _BROKEN_OFF.search(text, start, end) or text[end:frame_start].strip():
            return attribution  # words between the quotation and its frame: not "“...,” X said, “...”"
    elif not _SET_OFF.fullmatch(text, end, frame_start):
        return attribution  # a paraphrase goes on with a quotation only past a frame set off in commas
    frame_end = max(cue_end, source[1] if source else cue_end)
    resumed = _RESUMES.match(text, frame_end) or (_RESUMES_AT_CUE.match(text, frame_end)
                                                  if frame_end == cue_end and attribution.quote else None)
    if resumed is None or resumed.start("open") >= sentence_end:
        return attribution
    closed = _CLOSES.match(text, resumed.end("open"))
    if closed is None or not text[resumed.end("open") : closed.end()].strip(" ”\""):
        return attribution
    short = len(text[resumed.end("open") : closed.end()].split()) < MIN_QUOTED_WORDS
    if short and ("," not in text[frame_end : resumed.start("open")] or not attribution.quote):
        return attribution  # "“...,” he told “60 Minutes.”": a title after the cue, not the quotation resumed
    return dataclasses.replace(attribution, content=(start, closed.end()))


_CLOSED_FIRST = re.compile(r"[,!?]\s*[”\"]\s*$")
"""The first part closed with a comma (or "?", "!") inside its mark: its frame follows in the
same sentence (“A,” X said.); a part closed with "." was a sentence of its own."""
_REOPENS = re.compile(r"[ \t\xa0]*(?P<open>[“\"])")
"""Right after the frame's sentence, on the same line: the mark that opens the next quotation."""
_ENDS_CLOSED = re.compile(r"[^“”\"\n]*?[.!?…](?:[”\"]|(?=[ \t\xa0]*(?:\n|$)))")
"""The next quotation up to its closing mark, which ends a sentence (“B.”), or up to the paragraph's
end with no mark (a quotation that goes on in the next paragraph): one closed with a comma has a
frame of its own (“B,” Y added), so it may be another's."""


def quotations_after_frames(text: str, sentences: Sequence[Sentence],
                            resolved: Sequence[tuple[Attribution, Mention]]) -> list[Continued]:
    """The quotation after each resolved quotation's frame (``quotation_after_frame``), as its
    speaker's words: most are found as a quotation that goes on (``continued_quotes``), and one
    found both ways is listed once; a cue inside the frame ("21 months, he said, after ...") hides
    it from that rule, not from this one."""
    out: list[Continued] = []
    for attribution, mention in resolved:
        if not 0 <= attribution.sentence < len(sentences):
            continue
        span = quotation_after_frame(text, attribution, sentences[attribution.sentence].end)
        k = next((i for i, s in enumerate(sentences) if span is not None and s.start <= span[0] < s.end), None)
        if span is not None and k is not None:
            out.append(Continued(mention, k, span))
    return out


def quotation_after_frame(text: str, attribution: Attribution, sentence_end: int) -> tuple[int, int] | None:
    """ "“I thought a lot before writing this post,” Askar wrote in a blog post. “On the one hand
    ...”": a quotation before its cue whose frame ends the sentence goes on in the quotation that
    opens the next sentence on the same line and closes a sentence; its span, or None. A frame
    that holds a quote mark of its own (a title in quotes), or a next quotation with a frame of its
    own, is left."""
    start, end = attribution.content
    cue_start, cue_end = attribution.cue
    source = attribution.source
    if not attribution.quote or end > cue_start or not _CLOSED_FIRST.search(text, start, end):
        return None
    if text[end : min(cue_start, source[0] if source else cue_start)].strip():
        return None  # words between the quotation and its frame
    frame_end = max(cue_end, source[1] if source else cue_end)
    if frame_end > sentence_end or any(c in text[frame_end:sentence_end] for c in "“”\"\n"):
        return None
    reopened = _REOPENS.match(text, sentence_end)
    if reopened is None:
        return None
    closed = _ENDS_CLOSED.match(text, reopened.end("open"))
    return (reopened.start("open"), closed.end()) if closed is not None else None


def frame_left_out(text: str, attribution: Attribution) -> Attribution:
    """ "“A,” said X, the boy's uncle. “B ...": the model's content ran over the frame to the mark
    that opens the next quotation; with no words of its own past the frame, the content is the
    quotation before the frame (the next one is found as a quotation after it)."""
    start, end = attribution.content
    cue_start, cue_end = attribution.cue
    source = attribution.source
    frame_start = min(cue_start, source[0]) if source else cue_start
    frame_end = max(cue_end, source[1]) if source else cue_end
    if not attribution.quote or not start < frame_start or end <= frame_end or re.search(r"\w", text[frame_end:end]):
        return attribution
    before = text[start:frame_start].rstrip()
    if not _CLOSED_FIRST.search(before):
        return attribution
    return dataclasses.replace(attribution, content=(start, start + len(before)))
