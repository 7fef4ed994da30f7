"""A participle set off after a name and followed by its agent is a passive aside, not a statement: "Sharon
Graham, backed by the union's executive, said ..." (Graham was backed; the executive said nothing here); so is a
verb of judging set off so before what the subject is judged to be: "Tester, considered one of the most vulnerable
incumbents, will need ..." (others consider him so; he considered nothing).

Why: the cue model reads "backed" as a cue of support with Graham as its source and "by the union's
executive" as what she backed. The aside's verb is done to the subject, and the sentence's statement is the
cue after it.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_SET_OFF_BEFORE = re.compile(r",\s*$")
_AGENT_AFTER = re.compile(r"\s+by\s+")
_PARTICIPLE = re.compile(r"(?:[a-z]+ed|[a-z]+en|led|held|won|brought|taught|caught|bought|sought)", re.I)
"""A past participle: regular, or one of the irregular ones news sets off so ("led by", "held by")."""


_JUDGED = frozenset("considered regarded seen viewed thought believed known deemed touted tipped rumoured rumored "
                    "reputed expected".split())
"""Participles of judging that a set-off aside puts before what the subject is held to be ("considered the
favourite", "seen as a reformer", "widely expected to win")."""
_JUDGED_CUE = re.compile(r"(?:[a-z]+ly\s+)?([a-z]+)")
"""The cue of such an aside: the participle, an adverb before it ("widely considered")."""
_SET_OFF_SOURCE = re.compile(r",\s+(?:[a-z]+ly\s+)?")
"""Between the source and the aside's participle: the comma, and an adverb the cue may leave out ("widely")."""
_SET_OFF_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+(?:[a-z]+ly\s+)?$")
"""A name, then the aside's comma (and an adverb), right before the cue: the source not yet found. A name with a
comma before it is an apposition whose closing comma this is ("One witness, Ann Lee, described"): no aside."""
_GOES_ON = re.compile(r"\s+[\w“\"‘']")
"""What the aside's participle is followed by: the words it judges the subject to be, not a stop."""


def passive_aside(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a participle set off by a comma and followed by "by" ("..., backed by X, said"), or a
    participle of judging set off right after its source ("Tester, considered one of the most ...,")."""
    a, b = attribution.cue
    if (_PARTICIPLE.fullmatch(text, a, b) is not None and _SET_OFF_BEFORE.search(text, max(0, a - 3), a) is not None
            and _AGENT_AFTER.match(text, b) is not None):
        return True
    judged = _JUDGED_CUE.fullmatch(text, a, b)
    source = attribution.source
    if judged is None or judged.group(1) not in _JUDGED or _GOES_ON.match(text, b) is None:
        return False
    if source is not None:
        return (source[1] <= a and _SET_OFF_SOURCE.fullmatch(text, source[1], a) is not None
                and not text[: source[0]].rstrip().endswith(","))  # "One witness, Ann Lee, described": her verb
    name = _SET_OFF_NAME.search(text, max(0, a - 40), a)  # the subject found later: a name set off
    return name is not None and not text[: name.start()].rstrip().endswith(",")
