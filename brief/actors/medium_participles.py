"""The verb of saying after a participle that only names where the source spoke.

"Conway, speaking on CNN's “State of the Union” slammed the offer as an insult": with no comma closing the
participle's phrase, the cue model took "speaking" for the cue and everything after it, the programme's name
and the real verb, for what was said. The participle says where the words were given, not what they were;
the statement's verb is the first verb of saying after the medium, and what was said follows that verb.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.cues import seed_cue

_SETTING_PARTICIPLES = frozenset("speaking talking writing appearing".split())
"""Participles that name the occasion of speaking ("speaking on", "writing in", "appearing on"); their
object is a programme, a paper or an audience, never a statement."""
_MEDIUM_OPENING = re.compile(r"\s*(?:on|to|with|at|in|during|before)\s", re.I)
"""The preposition the occasion opens with, right after the participle."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
MEDIUM_REACH = 80
"""Characters a programme's or paper's name with its owner runs to ("on CNN's “State of the Union”",
"to reporters at the White House on Sunday"); a verb further on is another clause's (set by hand)."""


def verb_after_medium(text: str, attribution: Attribution) -> Attribution:
    """ "X, speaking on CNN's “State of the Union” slammed the offer": the cue is "slammed" and what was said
    follows it; the occasion before it is no statement. Only a finite verb of saying within
    ``MEDIUM_REACH`` of the participle, with no other finite verb before it, is taken: "speaking to
    reporters, the mayor said" keeps its own reading (the verb is not in the participle's content)."""
    a, b = attribution.cue
    start, end = attribution.content
    if attribution.quote or start < b or text[a:b].strip().lower() not in _SETTING_PARTICIPLES:
        return attribution
    if _MEDIUM_OPENING.match(text, b) is None:
        return attribution
    quoted = False
    for word in _WORD.finditer(text, b, min(end, b + MEDIUM_REACH)):
        quoted = _inside_quotation(text[b : word.start()])
        if quoted:
            continue  # a programme's quoted name ("“Meet the Press”") holds no verb of the source's
        lower = word.group().lower()
        if not finite_word(lower):
            continue
        if not seed_cue(lower) or lower.endswith("ing"):
            return attribution  # "speaking on radio, drove on": a deed, not a statement; left to the others
        after = re.compile(r"[\s,]*").match(text, word.end())
        begin = after.end() if after is not None else word.end()
        if begin >= end:
            return attribution
        return dataclasses.replace(attribution, cue=(word.start(), word.end()), content=(begin, end))
    return attribution


def _inside_quotation(span: str) -> bool:
    """Whether a quotation opened in ``span`` is still open at its end."""
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1
