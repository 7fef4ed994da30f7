"""A participle of saying after a "with" clause of unnamed people: "She said most of the letters were kind, with a few
readers attacking her, accusing her of greed and demanding an apology".

Why: the absolute clause "with a few readers attacking her" has a subject of its own, and the participles of saying
that follow it ("accusing", "and demanding") go on with that subject, not the main clause's speaker: the cue model
gave them the sentence's source ("She"), so the readers' accusations read as hers. The unnamed group is no actor,
so the participles are dropped. A named person after "with" is brought in as a speaker by
``brief.actors.absolute_speakers``; this is the lower-case subject ("some", "critics", "many of them").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.cues import seed_cue

SUBJECT_WORDS = 3
"""Lower-case words of the "with" clause's subject ("some", "a few readers", "many of them")."""
_WITH_GROUP = re.compile(rf",\s+with\s+(?:[a-z][\w'’-]*\s+){{1,{SUBJECT_WORDS}}}?(?P<participle>[a-z]+ing)\b"
                         r"[^.!?;:“”\"]*$")
"""Between the source and the cue: a comma, "with", a lower-case subject and its participle, then no quotation
or sentence end up to the cue (the participle cue is still inside the "with" clause's run)."""


def without_group_participles(text: str, attributions: Sequence[Attribution]) -> list[Attribution]:
    """The attributions less each participle cue whose source stands before a "with" clause of lower-case
    subject and a participle of saying that precedes the cue in its sentence."""
    return [a for a in attributions if not _after_group_clause(text, a)]


def _after_group_clause(text: str, attribution: Attribution) -> bool:
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if attribution.source is None or attribution.source[1] > attribution.cue[0] or not words:
        return False
    if not (words[0].islower() and words[0].endswith("ing")):
        return False
    found = _WITH_GROUP.search(text, attribution.source[1], attribution.cue[0])
    return found is not None and seed_cue(found.group("participle"))
