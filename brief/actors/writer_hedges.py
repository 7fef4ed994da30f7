"""The writer's guess after what was said: "He has said he has an open mind about the schedule, so maybe he's
discarding the old plan": a "so" that opens a hedged inference ("so maybe", "so perhaps", "so presumably")
after a comma is the writer drawing a conclusion from the statement, not part of it (reported speech gives a
speaker's inference flatly: "she said the road was shut, so the race would be delayed"). What was said stops
before the comma; a quotation is the speaker's words, kept whole. So is a "which" clause after a closed quoted
fragment ("said the club would not sell “below the release clause”, which stands at €120m"): the writer's gloss.
And so is a contrasting clause that judges how the holder's claim looks now ("coaches claim they act out of concern
for their players, but their interest seems convoluted") or, after a cue in the past, how things stand ("said ...,
but it remains unclear whether ..."): the present "seems" or "is unclear" is the writer weighing what was said."""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import simple_past

_HEDGED_INFERENCE = re.compile(r"\s*[,;]\s*(?:and\s+)?so\s+(?:maybe|perhaps|presumably|possibly|conceivably)\b", re.I)
"""A comma, "so" and a hedging adverb: the writer's inference from what was said."""
_QUOTE = re.compile("[\"“”]")
_JOINT = r"\s*,\s*(?:but|yet|though|although)\s+"
_SEEMS = r"(?:[\w'’-]+\s+){0,3}?(?:seems|appears|looks)\b"
_OWNED_JUDGEMENT = re.compile(rf"{_JOINT}(?:their|his|her|its)\s+{_SEEMS}", re.I)
"""A comma, a contrasting word and how something of the holder's seems now ("but their interest seems convoluted"):
the writer weighing the claim, whatever the cue's tense."""
_PRESENT_JUDGEMENT = re.compile(rf"{_JOINT}(?:(?:the|this|that|such|these|those)\s+{_SEEMS}|it\s+(?:is|remains)\s+"
                                r"(?:not\s+)?(?:un)?clear|it\s+remains\s+to\s+be\s+seen)", re.I)
"""The same with another subject, or "it is unclear whether": the writer's only after a cue in the past ("said ...,
but it remains unclear"), where the speaker's own words would have moved into the past too; after "says" they may
be the speaker's ("says demand is weak, but the outlook looks brighter")."""


def before_writer_hedge(text: str, attribution: Attribution) -> Attribution:
    """The content cut before a hedged "so maybe ..." clause or a ", but ... seems" judgement (the writer's), when
    it runs past the cue; else unchanged."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    cue = text[attribution.cue[0] : attribution.cue[1]].split()
    judged = [*_OWNED_JUDGEMENT.finditer(text, start, end),
              *(_PRESENT_JUDGEMENT.finditer(text, start, end) if cue and simple_past(cue[-1]) else ())]
    for hedge in sorted((*_HEDGED_INFERENCE.finditer(text, start, end), *judged), key=lambda m: m.start()):
        if _QUOTE.search(text, start, hedge.start()) is None and hedge.start() > start:
            return dataclasses.replace(attribution, content=(start, hedge.start()))
    aside = _QUOTED_THEN_WHICH.search(text, start, end)
    if aside is not None and aside.start() > start:
        return dataclasses.replace(attribution, content=(start, aside.start() + 1))  # through the closing mark
    return attribution


_QUOTED_THEN_WHICH = re.compile(r"[”\"],\s+which\s+(?:is|was|stands|stood|has|had|would|will|came|comes|means)\b")
"""A quoted fragment closed and then ", which" with its verb ("would not sell “below the release clause”, which
stands at €120m"): the writer explaining the speaker's words, no part of them."""
