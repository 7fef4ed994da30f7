"""A participle set off after a main clause that follows a fronted clause is the main clause's: "As Pakistan began
its return to life, the sell-off began, threatening to reverse an inflow of investment" is the sell-off's
threat (a risk), not Pakistan's.

Why: the cue model reads a participle's speaker as the sentence's first subject, and took the fronted clause's
("As Pakistan began ..."); the participle hangs on the clause right before it, whose subject the main clause
writes after the fronted clause's comma. The source is moved there: a description ("the company") resolves as any
source does, and an event or a thing ("the sell-off", "the storm") to no actor, so nothing is listed.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_FRONTED = re.compile(r"[\s\"“‘'(\-–—•*]*(?:[Aa]s|[Ww]hen|[Ww]henever|[Aa]fter|[Bb]efore|[Ww]hile|[Oo]nce|[Ss]ince|"
                      r"[Uu]ntil|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ii]f)\s")
"""A sentence opening on a conjunction of time, cause or concession, whose clause a comma closes."""
_MAIN_SUBJECT = re.compile(r",\s+(?P<subject>(?:the|a|an|its|their|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                           r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\b[^,;:]*,\s*$")
"""The main clause after the fronted clause's comma: a lower-case noun phrase for its subject, its verb in the past
("the sell-off began" is caught by ``_IRREGULAR`` too), and the comma that sets the participle off."""
_IRREGULAR = re.compile(r",\s+(?P<subject>(?:the|a|an|its|their|this|that)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                        r"\s+(?:[a-z]+ly\s+)?(?:began|rose|fell|grew|spread|broke|hit|struck|went|came|ran|sank|swept|"
                        r"continued|deepened|spilled|dragged)\b[^,;:]*,\s*$")
"""The same with a verb of an event's course whose past is not written with "-ed"."""


def main_clause_participle(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The attribution with its source moved from a fronted clause to the subject of the main clause the set-off
    participle cue hangs on; unchanged when the sentence has no such shape."""
    source = attribution.source
    cue = text[attribution.cue[0] : attribution.cue[1]].split()
    if len(cue) != 1 or not cue[0].endswith("ing") or source is not None and source[1] > attribution.cue[0]:
        return attribution
    if _FRONTED.match(text, sentence_start) is None or re.search(r"[.!?;:\n]", text[sentence_start : attribution.cue[0]]):
        return attribution
    first_comma = text.find(",", sentence_start if source is None else source[1], attribution.cue[0])
    if first_comma < 0:
        return attribution
    between = text[first_comma : attribution.cue[0]]
    main = _MAIN_SUBJECT.match(between) or _IRREGULAR.match(between)
    if main is None:
        return attribution
    start = first_comma + main.start("subject")
    return dataclasses.replace(attribution, source=(start, first_comma + main.end("subject")))
