"""A name set off in commas after a fronted source: "According to the firm's spokeswoman, Emma Liu, the
plant will reopen", where the model began the content at the name.

Why: the speaker was found (the name after a description, brief.actors.describing), but the position
read "says Emma Liu, the plant will reopen": the name is the source's apposition, not what was said.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.relayed_statements import relayed_holder

_APPOSED_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*,\s+(?=\S)")
"""Two to four capitalised words and the comma that closes them ("Emma Liu, ")."""
_COMMA = re.compile(r"\s*,\s*")


def name_after_fronted_source(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its source run on over the name that opens its content and its content
    begun after that name's comma, when the source stands after the cue and right before the content
    with only a comma between ("According to X's spokeswoman, | Emma Liu, the ..."). Else as it is. An aide who
    relayed a statement gives way to its holder first (``relayed_statements``)."""
    attribution = relayed_holder(text, attribution)
    source = attribution.source
    start, end = attribution.content
    if source is None or attribution.quote or not attribution.cue[1] <= source[0] or source[1] > start:
        return attribution
    if not _COMMA.fullmatch(text, source[1], start):
        return attribution
    name = _APPOSED_NAME.match(text, start, end)
    if name is None:
        return attribution
    close = text.rfind(",", start, name.end())
    return dataclasses.replace(attribution, source=(source[0], close), content=(name.end(), end))
