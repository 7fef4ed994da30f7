"""A quotation broken by its cue: "“Every time you say that,” Tester said, referring to the excuse,
“you give ammunition to ...”". The tagger takes the first part (closed with a comma before the
cue) as the content; the part that resumes after the cue, in the same sentence, is said by the
same speaker and completes it. The content then spans both parts, and ``content_text`` shows them
joined with an ellipsis, the cue and the words between left out.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_BROKEN_OFF = re.compile(r",\s*[”\"]\s*$")
"""The first part ends in a comma inside its closing mark: the sentence goes on after the cue
(a part closed with "." or "?" ended its sentence)."""
_RESUMES = re.compile(r"[^“”\"\n.!?;:]*?,\s*(?P<open>[“\"])")
"""After the cue: words up to a comma, then the mark that reopens the quotation ("said, referring
to ..., “"); no other quote mark, sentence end or line break on the way."""
_CLOSES = re.compile(r"[^“”\"\n]*?[”\"]")
"""The resumed part up to its closing mark, on the same line."""


def resumed_quotation(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """A direct quotation before its cue that resumes after it in the same sentence takes both
    parts as its content; any other attribution is returned as it is."""
    start, end = attribution.content
    cue_start, cue_end = attribution.cue
    source = attribution.source
    if not attribution.quote or end > cue_start or not _BROKEN_OFF.search(text, start, end):
        return attribution
    frame_end = max(cue_end, source[1] if source else cue_end)
    if text[end : min(cue_start, source[0] if source else cue_start)].strip():
        return attribution  # words between the quotation and its frame: not "“...,” X said, “...”"
    resumed = _RESUMES.match(text, frame_end)
    if resumed is None or resumed.start("open") >= sentence_end:
        return attribution
    closed = _CLOSES.match(text, resumed.end("open"))
    if closed is None or not text[resumed.end("open") : closed.end()].strip(" ”\""):
        return attribution
    return dataclasses.replace(attribution, content=(start, closed.end()))
