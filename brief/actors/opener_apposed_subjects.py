"""The subject of a cue in a subordinate or coordinated clause, set off from its cue by a long apposition: "The probe
came after Park Min-jae, a former top legal affairs official at Norvik, alleged that ...".

Why: the source tagger reads a window around the cue, and a long apposition pushes the name out of it; the rule for a
name set off the same way (brief.actors.sentence_subjects.subject_before_apposition) reads only a name that opens its
sentence. A person's or a body's name right after a word that opens a clause ("after", "when", "because", "and" ...),
then an apposition opened by an article or a possessive and closed by a comma right before the cue, is the cue's
subject.
"""

from __future__ import annotations

import re

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.sentence_subjects import clause_start

_CLAUSE_OPENER = re.compile(r"(?:^|[\s,])(?:after|when|because|since|as|before|until|while|once|though|although|"
                            r"if|that|and|but)\s+$", re.I)
"""A word that opens a clause right before its subject ("came after Park Min-jae")."""
OPENER_REACH = 12
"""Characters before the name read for that word ("although " is nine)."""
_APPOSITION = re.compile(r",\s+(?:a|an|the|his|her|its|their)\s+[^,;:“”\"()\n]{2,120},\s*")
"""The apposition between the name and its cue: an article or a possessive, a description with no comma, a comma."""


def opener_apposed_subject(text: str, cue_start: int, mentions: MentionIndex) -> Mention | None:
    """The name that opens the cue's clause after a clause opener and before an apposition (see the module), or None."""
    line_start = clause_start(text, cue_start)
    for m in reversed(mentions.within((line_start, cue_start))):
        if m.kind not in ("person", "organization") or m.demonym:
            continue
        if _APPOSITION.fullmatch(text, m.end, cue_start) and _CLAUSE_OPENER.search(text, max(line_start, m.start - OPENER_REACH), m.start):
            return m
    return None
