"""A verb joined by "and"/"but" inside a reported clause is the reported subject's, not the speaker's: "Inspector
Maud Carrow said police were still searching for two men and expected to make further arrests" (the police expect,
in her report).

Why: the cue model tagged the joined verb ("expected") a cue of its own and gave it the sentence's opening subject,
so the speaker was listed expecting to make arrests. The subject of a verb after "and" is the nearest one before it:
after a reporting verb whose content is a clause with its own subject and verb ("police were still searching"),
that is the clause's subject, so the joined verb is more of the reported words, which the report holds whole. A
comma before the joining word, or a quotation, may return to the speaker ("said ..., and promised"), and so does an
act of speech ("said the fee was fair but warned"): left alone; only what is expected, hoped or planned is read so.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word

REPORTING_VERBS = frozenset("said says told tells added adds stated states explained explains noted notes".split())
"""Cues that report a clause after them (a subject and its verb, "that" optional)."""
HELD_VERBS = frozenset(
    "expected expects hoped hopes planned plans intended intends aimed aims believed believes feared fears wanted "
    "wants thought thinks wished wishes".split())
"""Joined cues of what a subject expects, hopes or plans, which the reported clause's subject holds as readily as the
speaker ("police ... and expected to", "Palvia adheres to ... and hopes to export"). Not an act of speech ("urged",
"warned", "promised"): "said the penalties were welcome but urged the Government to" is the speaker urging."""
_JOINED = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later)\s+)?$")
"""Right before the joined cue: "and"/"but" with no comma, an adverb of sequence between."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_BREAKS = re.compile(r"[,;:“”\"()—–]")
"""Marks inside the reported clause before the join that may close it: the speaker may be back."""


def _reported_clause(text: str, start: int, end: int) -> bool:
    """Whether the words from a report's content ``start`` to the joined cue at ``end`` are one clause with a subject
    before its finite verb ("police were still searching for two men"): its first word is no verb, a later one is."""
    words = _WORD.findall(text[start:end])
    if words and words[0].lower() == "that":
        words = words[1:]
    return len(words) >= 2 and not finite_word(words[0]) and any(finite_word(w) for w in words[1:])


def reported_joins(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` less each joined cue that lies in the clause an earlier report of the same source holds, whose
    content is carried to the joined cue's end (see the module's docstring)."""
    dropped: set[int] = set()
    out = list(attributions)
    for i, report in enumerate(out):
        if report.source is None or text[report.cue[0] : report.cue[1]].split()[-1].lower() not in REPORTING_VERBS:
            continue
        for k, joined in enumerate(out):
            if (k == i or k in dropped or joined.source != report.source or joined.sentence != report.sentence
                    or not report.content[0] < joined.cue[0] <= report.content[1] + 1 + len(" and also ")
                    or text[joined.cue[0] : joined.cue[1]].strip().lower() not in HELD_VERBS):
                continue
            before = text[report.content[0] : joined.cue[0]]
            if not _JOINED.search(before) or _BREAKS.search(before) or not _reported_clause(text, *report.content):
                continue
            dropped.add(k)
            out[i] = report = dataclasses.replace(report, content=(report.content[0], max(report.content[1], joined.content[1])))
    return [a for k, a in enumerate(out) if k not in dropped]
