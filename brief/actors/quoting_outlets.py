"""The outlet after a passive quoting cue: "“...,” Bayern's general manager Uli Hoeness was quoted as
saying by Bild newspaper". The cue model takes the agent of "quoted ... by" for the source; the outlet
only printed the words, and the one quoted is the passive's subject, before the cue. Apart from
brief.actors.inverted, whose quoted_as_saying finds that subject where the model took no source.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors import inverted
from brief.actors.attribution import Attribution

_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)
"""Between a passive quoting cue and the outlet named as its agent ("quoted as saying by the Kurier")."""
_PASSIVE_QUOTING = re.compile(r"\bquoted\s+as\s+[a-z]+ing\b")
"""The passive quoting cue itself ("was quoted as saying", "is quoted as telling"), read in the cue's span."""
_MEDIUM_TAIL = re.compile(r"(?:(?:daily\s+|weekly\s+|news\s+)?(?:newspaper|paper|magazine|website|agency|daily|weekly|"
                          r"radio|television|broadcaster|tabloid)\b\s*)?(?:that\s+)?", re.IGNORECASE)
"""The rest of the outlet's name the model left in the content ("by Kurier | newspaper on Wednesday"), and a
"that" opening the words reported ("by Kurier newspaper | that he would stay")."""
_CLOSING = re.compile(r"[,!?…]\s*[”\"]")
"""A quotation's close inside the content the model ran on to the passive's subject ("“...,” Uli Fenner")."""


def outlet_agent(text: str, attribution: Attribution) -> Attribution:
    """The passive's subject as the source where the model took the outlet after "quoted as saying by"
    for it, and what was said without the outlet's name; any other attribution (or one whose subject is
    not found) is returned as it is."""
    source = attribution.source
    cue_start, cue_end = attribution.cue
    if source is None or source[0] < cue_end or _PASSIVE_QUOTING.search(text, cue_start, cue_end) is None:
        return attribution
    if _BY_AGENT.fullmatch(text, cue_end, source[0]) is None:
        return attribution
    start, end = attribution.content
    if start >= source[1]:  # after the outlet: its name's rest and a "that" are no content
        start = min(_MEDIUM_TAIL.match(text, start).end(), end)  # type: ignore[union-attr]  # matches empty
    elif end > cue_start - 2:  # "“...,” Uli Fenner": the quotation alone, before the subject
        closes = list(_CLOSING.finditer(text, start, end))
        if closes:
            end = closes[-1].end()
    trimmed = dataclasses.replace(attribution, source=None, content=(start, max(start, end)))
    found = inverted.quoted_as_saying(text, trimmed)
    return found if found.source is not None else attribution
