"""A speaker named at a sentence's start and set off with where they are from, read by the cue model as a
statement made by whoever follows the cue: "Detective Inspector Jane Smith, from the Major Crime Unit, said
officers were reviewing CCTV"; or with a councillor's party and ward in brackets, read as a statement by the ward:
"Cllr Omar Siddiqui (Lab, Northfield) said the plan ignored ...".

Why: the cue model learned the inverted frame "“...,” said officers" and reads "Name, from the Unit, | said
officers" so: the name became the content and "officers" the source, and the inspector's statement was lost.
No statement is a bare name with its body set off after it; a sentence that opens with a capitalised name, its
", from/of/at the ..." aside and then the cue is that person speaking, and what follows the cue is what they said.
British council reports put a member's party and ward in brackets after the name; the model took the ward ("Lab"
typed a place, "Hill Ward") for the speaker and the name for the statement. A bracket right before the cue is an
aside about the name before it, never who speaks.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.text.sentence_stops import STOP_OR_LINE_BREAK

_NAME_SET_OFF = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,6}[A-Z][\w'’-]+),\s+(?:from|of|at|with)\s+[^,“”\"]{2,80},\s*")
"""Capitalised words (titles and a name), then where they are from set off by commas, right up to the cue."""
_NAME_BRACKETED = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,6}[A-Z][\w'’-]+)\s*\([^()\n“”\"]{1,60}\)\s*")
"""Capitalised words (titles and a name), then a bracketed aside (a party and ward), right up to the cue."""
_SENTENCE_END = STOP_OR_LINE_BREAK


def name_read_as_content(text: str, attribution: Attribution) -> Attribution:
    """The attribution with the name before the cue as its source and the clause after the cue as its content,
    where the model took them the other way round; any other attribution as it is."""
    if attribution.quote or attribution.source is None:
        return attribution
    if attribution.source[0] < attribution.cue[1]:
        return _bracketed(text, attribution)
    start = attribution.content[0]
    if attribution.content[1] > attribution.cue[0] or (start > 0 and text[:start].rstrip(" \t")[-1:] not in ("", "\n", ".")):
        return attribution
    found = _NAME_SET_OFF.fullmatch(text, start, attribution.cue[0])
    if found is None:
        return attribution
    after = attribution.cue[1] + len(text[attribution.cue[1] :]) - len(text[attribution.cue[1] :].lstrip())
    end = _SENTENCE_END.search(text, after)
    return dataclasses.replace(attribution, source=found.span("name"), content=(after, end.start() if end else len(text)))


def _opens_sentence(text: str, start: int) -> bool:
    return start == 0 or text[:start].rstrip(" \t")[-1:] in ("", "\n", ".")


def _bracketed(text: str, attribution: Attribution) -> Attribution:
    """ "Cllr Omar Siddiqui (Lab, Northfield) said ...": the model's source inside the bracket, its content the
    name before it; the name is the source, what follows the cue the content."""
    assert attribution.source is not None
    start = attribution.content[0]
    if attribution.content[1] > attribution.cue[0] or not _opens_sentence(text, start):
        return attribution
    found = _NAME_BRACKETED.fullmatch(text, start, attribution.cue[0])
    if found is None or attribution.source[0] <= found.end("name"):
        return attribution
    after = attribution.cue[1] + len(text[attribution.cue[1] :]) - len(text[attribution.cue[1] :].lstrip())
    end = _SENTENCE_END.search(text, after)
    return dataclasses.replace(attribution, source=found.span("name"), content=(after, end.start() if end else len(text)))
