"""A statement cut before a participle cue that shares its subject: "Reyes sought a meeting with coach Tom Ellery
claiming he was unhappy". The source tagger had taken the named object before the participle for its source;
``object_sources`` leaves that participle with no source of its own (a proper name takes no participle as its
modifier), so the rules for a cue without one give it the clause's subject. The first cue's content ran on over
it ("a meeting with coach Tom Ellery claiming he was ..."), and, holding it, kept the claim from being read as
the subject's own; it ends before the participle, as it does before ", claiming".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.statements import trimmed_end

_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
"""A name's last word right before the participle, with no comma between ("coach Tom Ellery | claiming")."""
_PARTICIPLE = re.compile(r"[a-z]+ing")
"""A cue of one participle ("claiming", "saying"), the only cue ``object_sources`` leaves without a source so."""


def before_shared_participle(text: str, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
    """The content cut before a sourceless participle cue inside it that follows a name with no comma."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    for other in others:
        if other is attribution or other.source is not None or not start < other.cue[0] < end:
            continue
        if _PARTICIPLE.fullmatch(text, *other.cue) and _NAME_BEFORE.search(text, start, other.cue[0]):
            return dataclasses.replace(attribution, content=(start, trimmed_end(text, start, other.cue[0])))
    return attribution
