"""Contents the cue model took from the wrong side of what was said: the person told, when a relative clause
about them stands before the "that" of what they were told ("Dan Holt told the father of Tom Reeves Jr., 17, who
was injured, that the three never threw anything"), and a trailing reason after a set-off source, when what the
source says opens the sentence ("There will be no excuse for speeding, police say, especially since the ferry is
free").

Why: a comma and "who" after the person told closes the content (a relative clause is no part of what was said),
so the content was only the addressee; and after "police say," the model took the words after the cue, which
here are only the writer's "especially since ..." (a reason added to the statement), for the statement.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_TOLD = re.compile(r"(?:(?:has|had|have)\s+)?(?:also\s+)?(?:told|tells|tell)", re.I)
"""The cue: a form of "tell", with its auxiliary."""
_RELATIVE_THEN_THAT = re.compile(r",\s*(?:\d{1,3}\s*,\s*)?(?:who|whom|whose|which)\b[^;:\"“”.!?]{1,120}?,\s*that\s+")
"""After the addressee (and an age set off after their name): a relative clause about them, then ", that" and what
they were told."""
_TOLD_END = re.compile(r"[;:]|,\s+(?:according\s+to|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:said|says|reported))\b|"
                       r"[.!?](?=\s|$)")
"""Where what was told ends: a semicolon or colon, a trailing source frame (", according to ...", ", the papers
said") or the sentence's stop."""
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says)\b")
"""A finite verb in the content: then it is a clause, not only the person told."""


def past_addressee_relative(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with each "told" content that is only the person told, cut before a relative clause about
    them, replaced by what follows the relative clause's ", that"."""
    out: list[Attribution] = []
    for a in attributions:
        start, end = a.content
        if (_TOLD.fullmatch(text, *a.cue) and start >= a.cue[1] and not a.quote
                and _FINITE.search(text, start, end) is None):
            after = _RELATIVE_THEN_THAT.match(text, end)
            if after is not None:
                stop = _TOLD_END.search(text, after.end())
                a = dataclasses.replace(a, content=(after.end(), stop.start() if stop else len(text.rstrip())))
        out.append(a)
    return out


_REASON_AFTER = re.compile(r"(?:especially|particularly|not\s+least|even\s+more\s+so|all\s+the\s+more)\s+"
                           r"(?:since|because|as|given|when|after|with)\b", re.I)
"""What opens the content after a set-off cue when it is only a reason the writer adds: "especially since ...",
"particularly because ...". Not a bare "since" or "because", which a speaker may say ("..., he said, because ...")."""
_SET_OFF_BEFORE = re.compile(r",\s*$")
MIN_STATEMENT_WORDS = 3
"""Words of the clause before the source that make it a statement of its own ("There will be no excuse")."""


def said_before_reason(text: str, attributions: list[Attribution], sentence_spans: list[tuple[int, int]]) -> list[Attribution]:
    """The attributions with each content after a set-off source and cue ("..., police say, especially since ...")
    that is only the writer's added reason replaced by the clause before the source, from the sentence's start."""
    out: list[Attribution] = []
    for a in attributions:
        if (a.source is not None and not a.quote and a.sentence < len(sentence_spans) and a.content[0] >= a.cue[1]
                and a.source[1] <= a.cue[0] and _REASON_AFTER.match(text, a.content[0])):
            start = sentence_spans[a.sentence][0]
            before = text[start : a.source[0]]
            words = before.split()
            if (start < a.source[0] and _SET_OFF_BEFORE.search(before) and len(words) >= MIN_STATEMENT_WORDS
                    and not any(mark in before for mark in "\"“”;:")):
                a = dataclasses.replace(a, content=(start + len(before) - len(before.lstrip()), start + len(before.rstrip(" ,"))))
        out.append(a)
    return out
