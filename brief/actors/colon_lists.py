"""A list announced by a colon inside what was said, cut before its last item: "listed the union's demands: the
posting of interns, payment of arrears, and a medical cover for doctors".

Why: the cue model ends a content at a comma and "and" as often as it ends one clause and starts another, and read
the last item of a list as a new clause; a list a colon opens runs to its sentence's end, whatever its items' commas.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.statements import trimmed_end

_LAST_ITEM = re.compile(r",?\s+(?:and|or)\s+(?!(?:said|says|added|adds|told|warned|insisted|urged)\b)[^\s,;:]")
"""Right after the content: a comma and "and" or "or" that open the list's last item (not a second cue of the
subject: "..., and said ...")."""
_QUOTES = re.compile("[\"“”]")


def list_after_colon(text: str, attribution: Attribution, spans: Sequence[tuple[int, int]]) -> Attribution:
    """The content run on to its sentence's end when a colon in it opens a list (a comma after the colon) and it stops
    right before the list's last item ("..., and a medical cover for doctors")."""
    start, end = attribution.content
    colon = text.find(": ", start, end)
    if attribution.quote or colon < 0 or "," not in text[colon:end] or _LAST_ITEM.match(text, end) is None:
        return attribution
    sentence_end = next((b for a, b in spans if a <= end < b), None)
    if sentence_end is None or _QUOTES.search(text, end, sentence_end) or ";" in text[end:sentence_end]:
        return attribution
    return dataclasses.replace(attribution, content=(start, trimmed_end(text, start, sentence_end)))
