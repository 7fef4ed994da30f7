"""A quotation, then its speaker with a relative clause, then the verb ("“...,” the agency's analyst Wiratmo,
who goes by one name, said."): the quotation alone is what was said, and the clause's own verb says nothing.

Why: the cue model reads the relative clause's verb ("who goes") as a cue of its own, with "who" its source,
and runs the closing "said"'s content from the quotation over the speaker and the clause; the position read
"says '...,' the agency's seismic analyst Wiratmo, who goes by one name". Wire copy from countries where many
go by a single name writes exactly this.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_OPENING_QUOTES = '“"'
_CLOSING_QUOTE = re.compile(r"[”\"]")
_RELATIVE_SOURCE = frozenset({"who", "which"})
_RELATIVE_AFTER = re.compile(r",\s+(?:who|which)\b")
"""Right after the speaker inside the content: the relative clause that describes them."""


def relative_speakers(text: str, out: list[Attribution]) -> list[Attribution]:
    """The attributions less a relative clause's verb before another cue ("who goes by one name, said"), and each
    content that opens with a quotation and runs over its own source cut at the quotation's close."""
    kept: list[Attribution] = []
    for a in out:
        if _clause_verb(text, a, out):
            continue
        kept.append(_quotation_only(text, a))
    return kept


def _clause_verb(text: str, a: Attribution, out: list[Attribution]) -> bool:
    """ "“...,” Wiratmo, who goes by one name, said": a cue whose source is the relative word and whose content is
    the quotation before it, inside the clause that closes with a comma right before another attribution's cue."""
    if a.source is None or text[a.source[0] : a.source[1]].lower() not in _RELATIVE_SOURCE:
        return False
    if a.content[0] >= a.source[0]:
        return False  # "Gwen Tatsuya, who voted against the closure, said": the clause's own stance, kept
    comma = text.find(",", a.cue[1])
    if comma < 0 or "." in text[a.cue[1] : comma]:
        return False
    after = len(text) - len(text[comma + 1 :].lstrip())
    return any(b is not a and b.cue[0] == after for b in out)


def _quotation_only(text: str, a: Attribution) -> Attribution:
    """ "“...,” the agency's analyst Wiratmo, who ..., said": the content cut at the quotation's close when its
    source stands after that close inside it."""
    if a.source is None or text[a.content[0]] not in _OPENING_QUOTES:
        return a
    close = _CLOSING_QUOTE.search(text, a.content[0] + 1, a.content[1])
    if close is None or not (close.end() <= a.source[0] < a.content[1]) or a.cue[0] < a.source[1]:
        return a  # "“...,” said Brown, who is black. “...”": the cue first, its quotation goes on as the model read it
    if not _RELATIVE_AFTER.match(text, a.source[1], a.content[1]):
        return a  # "“...,” he said, “...”": a quotation that goes on past its speaker is whole
    return dataclasses.replace(a, content=(a.content[0], close.end()), quote=True)
