"""Sources written after their cue with a description before the name: "“...,” said 9/11 widow
Terry Strada", or after a quotation with a description between name and cue: "“...,” Erik van
Sebille, a physical oceanographer at ... told Reuters". The source tagger, which learned PolNeAR's
"said X" and "X said", misreads both; the reader sees the speaker plainly.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.text.language import stop_words

_DESCRIBED_NAME = re.compile(r"\s+(?P<source>(?P<first>[\w/'’-]+)(?:\s+[\w/'’.-]+){0,4}?"
                             r"(?:\s+[A-Z][\w'’-]*(?:\s+[A-Z]\.)?){1,3})(?=\s*(?:[,.;:]|$))", re.MULTILINE)
"""After the cue: a few words of description, then a capitalised name that ends the clause."""
_CAPITAL = re.compile(r"[A-Z]")


def source_after_cue(text: str, attribution: Attribution) -> Attribution:
    """A quotation closed before its cue ("“...,” said 9/11 widow Terry Strada, who ...") whose
    source the tagger left empty: the description and the name after the cue are the source. A
    cue followed by where or when ("said on Tuesday", "said in Kessel") is no such frame; any
    other attribution is returned as it is."""
    if attribution.source is not None or not attribution.quote or attribution.content[1] > attribution.cue[0]:
        return attribution
    found = _DESCRIBED_NAME.match(text, attribution.cue[1])
    if found is None or found.group("first").lower() in stop_words("en") or not _CAPITAL.search(found.group("source")):
        return attribution
    return dataclasses.replace(attribution, source=found.span("source"))


_NAME_AFTER_QUOTE = re.compile(r"[,.!?…][”\"](?P<name>\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3},?\s*)$")


def quotation_alone(text: str, attribution: Attribution) -> Attribution:
    """ "“...,” Erik van Sebille, a physical oceanographer at ... told Reuters": the content the model
    took runs past the quotation's close to the name before the source's description; what was said
    is the quotation, the name is who said it. Any other attribution is returned as it is."""
    source = attribution.source
    start, end = attribution.content
    if source is None or not attribution.quote or end > source[0] or source[0] - end > 2:
        return attribution
    found = _NAME_AFTER_QUOTE.search(text, start, end)
    if found is None:
        return attribution
    return dataclasses.replace(attribution, content=(start, found.start("name")))
