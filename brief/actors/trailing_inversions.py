"""A source named after its cue at a sentence's end, the cue set off by a comma after a whole clause: "Princess Mara
Velik passed away at Kessing Hospital, announced the Royal Household Bureau."

Why: the source tagger learned "..., said X" for the commonest verbs; after a cue it reads as transitive ("announced",
"declared") it takes the clause's subject for the source and the name after the cue for the content (Velik
"announced the Bureau"). A cue that a comma sets off after a clause, with only a body's or a person's name after it
to the sentence's end, reports that clause: the name is the source, the clause the content. The clause must go on
past the source the tagger gave (a verb after it, not an apposition's comma: "Ada Quinn, the port's chief, announced
the Kessing Regatta." is Quinn's act), and have some words (brief.actors.trailing_sources.MIN_CLAUSE_WORDS).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.statements import trimmed_end
from brief.actors.trailing_sources import MIN_CLAUSE_WORDS

_NAME_TO_END = re.compile(r"\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’&.-]*)){0,7}?)\s*[.!]?[\"'”’)]*\s*$")
"""After the cue: "the" perhaps, a capitalised name (a body's may hold "of", "for", "and"), then the sentence's end."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def source_after_trailing_cue(text: str, attribution: Attribution, sentence: tuple[int, int]) -> Attribution:
    """The attribution with the name after its cue as the source and the clause before the cue's comma as the
    content, where the tagger gave a source inside that clause and the content after the cue (see the module);
    any other is returned as it is."""
    source, (cue_start, cue_end) = attribution.source, attribution.cue
    start, end = sentence
    if (attribution.quote or source is None or not start <= source[0] < cue_start
            or attribution.content[0] < cue_end or not start <= cue_start < end):
        return attribution
    before = text[start:cue_start].rstrip()
    if not before.endswith(",") or text[source[1] : cue_start].lstrip().startswith(","):
        return attribution  # no clause set off before the cue, or "Ada Quinn, the port's chief, announced"
    found = _NAME_TO_END.fullmatch(text, cue_end, end)
    first = start + len(text[start:cue_start]) - len(text[start:cue_start].lstrip())
    clause_end = trimmed_end(text, first, cue_start)
    if found is None or len(_WORD.findall(text, source[1], clause_end)) < MIN_CLAUSE_WORDS - 1:
        return attribution
    name_end = trimmed_end(text, found.start("name"), found.end("name"))
    return dataclasses.replace(attribution, source=(found.start("name"), name_end), content=(first, clause_end))
