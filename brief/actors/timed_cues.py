"""A cue after the clause it reports, then the time it was said: "X showed signs of improvement Sunday, doctors
said two days after he was admitted", "The talks broke down, officials said shortly after the meeting ended".

Why: the cue model took the words after the cue for the content, so the doctors' position read "two days after he
was admitted". A source and cue written after a comma at the clause's end report that clause; what follows the
cue, when it opens with a time from an event ("two days after", "shortly after", "hours before") and holds no
"that", colon or quotation of its own, is when they said it, the writer's.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.statements import trimmed_end

_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|many)"
_TIME_FROM_EVENT = re.compile(
    rf"\s*(?:(?:some|about|nearly|almost|just|only|more\s+than)\s+)?(?:{_COUNT}\s+(?:minutes?|hours?|days?|weeks?|"
    rf"months?|years?)|moments|minutes|hours|days|weeks|shortly|soon|just|immediately)\s+(?:after|before)\s+", re.I)
"""A time measured from an event, after the cue ("two days after", "shortly after", "hours before")."""
_OWN_STATEMENT = re.compile(r"\bthat\b|[:“”\"]", re.I)
"""What would make the words after the cue a statement of their own: a "that"-clause, a colon, a quotation."""
MIN_CLAUSE_WORDS = 4
"""Words the clause before the source needs to be a statement ("The talks broke down,")."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def clause_before_timed_cue(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The clause before the source as the content, where the content the model gave after the cue opens with a time
    from an event (see the module's docstring); any other attribution is returned as it is."""
    source = attribution.source
    start, end = attribution.content
    if source is None or attribution.quote or start < attribution.cue[1] or source[1] > attribution.cue[0]:
        return attribution
    if _TIME_FROM_EVENT.match(text, attribution.cue[1]) is None or _OWN_STATEMENT.search(text, start, end):
        return attribution
    before = text[sentence_start : source[0]]
    if not before.rstrip().endswith(","):
        return attribution
    first = sentence_start + len(before) - len(before.lstrip())
    stop = trimmed_end(text, first, source[0])
    if len(_WORD.findall(text, first, stop)) < MIN_CLAUSE_WORDS:
        return attribution
    return dataclasses.replace(attribution, content=(first, stop))
