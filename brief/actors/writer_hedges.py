"""The writer's guess after what was said: "He has said he has an open mind about the schedule, so maybe he's
discarding the old plan": a "so" that opens a hedged inference ("so maybe", "so perhaps", "so presumably")
after a comma is the writer drawing a conclusion from the statement, not part of it (reported speech gives a
speaker's inference flatly: "she said the road was shut, so the race would be delayed"). What was said stops
before the comma; a quotation is the speaker's words, kept whole. So is a "which" clause after a closed quoted
fragment ("said the club would not sell “below the release clause”, which stands at €120m"): the writer's gloss.
And so is a contrasting clause that judges how things look now ("coaches claim they act out of concern for their
players, but their interest seems convoluted", "..., but it remains unclear whether ..."): the present "seems" or
"is unclear" after someone's claim is the writer weighing it."""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_HEDGED_INFERENCE = re.compile(r"\s*[,;]\s*(?:and\s+)?so\s+(?:maybe|perhaps|presumably|possibly|conceivably)\b", re.I)
"""A comma, "so" and a hedging adverb: the writer's inference from what was said."""
_QUOTE = re.compile("[\"“”]")
_WRITER_JUDGEMENT = re.compile(
    r"\s*,\s*(?:but|yet|though|although)\s+(?:(?:their|his|her|its|the|this|that|such|these|those)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:seems|appears|looks)|it\s+(?:is|remains)\s+(?:not\s+)?(?:un)?clear|it\s+remains\s+to\s+be\s+seen)\b", re.I)
"""A comma, a contrasting word and a present judgement of appearance or doubt with a described subject ("but their
interest seems convoluted") or "it" ("but it remains unclear whether"): the writer's, not part of what was said."""


def before_writer_hedge(text: str, attribution: Attribution) -> Attribution:
    """The content cut before a hedged "so maybe ..." clause or a ", but ... seems" judgement (the writer's), when
    it runs past the cue; else unchanged."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    for hedge in sorted((*_HEDGED_INFERENCE.finditer(text, start, end), *_WRITER_JUDGEMENT.finditer(text, start, end)),
                        key=lambda m: m.start()):
        if _QUOTE.search(text, start, hedge.start()) is None and hedge.start() > start:
            return dataclasses.replace(attribution, content=(start, hedge.start()))
    aside = _QUOTED_THEN_WHICH.search(text, start, end)
    if aside is not None and aside.start() > start:
        return dataclasses.replace(attribution, content=(start, aside.start() + 1))  # through the closing mark
    return attribution


_QUOTED_THEN_WHICH = re.compile(r"[”\"],\s+which\s+(?:is|was|stands|stood|has|had|would|will|came|comes|means)\b")
"""A quoted fragment closed and then ", which" with its verb ("would not sell “below the release clause”, which
stands at €120m"): the writer explaining the speaker's words, no part of them."""
