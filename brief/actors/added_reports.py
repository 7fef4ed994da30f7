"""An ", adding that ..." hung on a deed of someone who never spoke, right after another person's reported words,
goes on with that person's report: "Mr Vane said gifts would often arrive at the house. Ivo Marten once sent the
boys a television, adding that the boys had given it to Mr Vane's children" is Vane's account, not Marten's.

Why: "adding" says more of what was said before, and the clause it hangs on says nothing (a deed: "once sent"),
so what it adds to is the last report: the writer goes on summing up the witness's account in his own words. The
cue model gave the participle the sentence's subject, a person the report was about. Only where that subject has
not spoken in the article, the report right before was reported speech (not a quotation), and the added words
name the reporter again (his children, his house): the one they are about is the one whose account this is.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention

_ADDING = re.compile(r"(?:[a-z]+ly\s+|also\s+)?adding")
"""The cue: the participle, perhaps after an adverb ("adding", "also adding")."""
_NAME_SUBJECT = re.compile(r"[\"“‘']?((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s+(?:[a-z]+ly\s+)?[a-z]+")
"""A full name (two to four capitalised words) that opens the sentence, then its verb."""
REACH_BEFORE_CUE = 3
"""Characters read back from the cue for the comma that sets the participle off."""
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")


def reported_by_last(text: str, attribution: Attribution, resolved: list[tuple[Attribution, Mention]]) -> Mention | None:
    """The speaker of the report right before whose account an ", adding" on a deed goes on (see the module), or
    None. ``resolved``: the statements read so far with their speakers."""
    if not resolved:
        return None
    before, speaker = resolved[-1]
    if (before.sentence != attribution.sentence - 1 or before.quote or speaker.kind != "person"
            or not before.content[1] < attribution.cue[0]
            or not _ADDING.fullmatch(text, *attribution.cue)
            or not text[max(0, attribution.cue[0] - REACH_BEFORE_CUE) : attribution.cue[0]].rstrip().endswith(",")):
        return None
    ends = list(_SENTENCE_END.finditer(text, before.content[1], attribution.cue[0]))
    if len(ends) != 1:
        return None  # the report's sentence closes once before the cue's opens
    subject = _NAME_SUBJECT.match(text, ends[0].end(), attribution.cue[0])
    if subject is None or attribution.source is not None and attribution.source != subject.span(1):
        return None
    surname = speaker.name.split()[-1]
    named = subject.group(1).split()[-1]
    if named == surname or any(m.name.split()[-1] == named for _, m in resolved):
        return None  # the subject spoke before: "adding" may be his own
    if not re.search(rf"\b{re.escape(surname)}\b", text[attribution.content[0] : attribution.content[1]]):
        return None
    return speaker
