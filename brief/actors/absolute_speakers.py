"""A speaker brought in by "with" after another's statement: "The Property Council welcomed the decision,
with chief executive Mike Zorbas saying it would unlock homes".

Why: the clause "with X saying ..." has a subject of its own (an absolute construction), unlike the
trailing participle of ", saying ..." that shares the main clause's subject. The participle was given
to the main clause's speaker (the council) and the first statement ran on over it, so the officer's
words were the body's and the officer no actor. The officer speaks, and the first statement ends
before ", with".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.speakers import MIN_POSITION_WORDS

MAX_ROLE_WORDS = 3
"""Lower-case words of a title between "with" and the source ("secretary general", "its chief executive")."""
WITH_REACH = 48
"""Characters before the source searched for "with" and a title's lower-case words."""
_WITH_BEFORE = re.compile(rf"(?:^|[\s,;(—–-])[Ww]ith\s+(?:[a-z][\w'’-]*\s+){{0,{MAX_ROLE_WORDS}}}$")
"""Right before the source: "with" (after a comma, a dash or a space) and the lower-case words of a title the
source model may leave out ("with secretary general | Davji Atellah")."""
_CLAUSE_START = re.compile(rf"\s*[,;—–-]?\s*[Ww]ith\s+(?:[a-z][\w'’-]*\s+){{0,{MAX_ROLE_WORDS}}}$")
"""The start of the "with" clause inside the first statement: its comma or dash, and "with"."""
SOURCE_REACH = 80
"""Characters of the source between "with" and the participle ("with chief executive Mike Zorbas",
"with the council's deputy leader, Cllr Ana Ruiz,"): a longer stretch holds a clause of its own."""


def with_subject(text: str, attribution: Attribution) -> bool:
    """Whether the attribution is "with <source> saying ...": a participle cue whose source stands right
    after "with" and right before it (its own subject, not the clause's)."""
    if attribution.source is None:
        return False
    a, b = attribution.source
    cue = text[attribution.cue[0] : attribution.cue[1]].split()
    return (bool(cue) and cue[0].lower().endswith("ing") and b <= attribution.cue[0]
            and not text[b : attribution.cue[0]].strip(" ,") and b - a <= SOURCE_REACH
            and _WITH_BEFORE.search(text, max(0, a - WITH_REACH), a) is not None)


def before_with_clause(text: str, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
    """The statement cut before a "with <source> saying" clause it ran on over (``with_subject``): the
    clause is its own speaker's statement, when it is long enough to be listed as one (a shorter one, "with X
    warning of “dangerous consequences”", stays in the first, where a reader still sees it)."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    for other in others:
        if other is attribution or other.source is None or not start < other.source[0] < end:
            continue
        if with_subject(text, other) and len(text[other.content[0] : other.content[1]].split()) >= MIN_POSITION_WORDS:
            clause = _CLAUSE_START.search(text, start, other.source[0])
            if clause is not None and clause.start() > start:
                return dataclasses.replace(attribution, content=(start, clause.start()))
    return attribution
