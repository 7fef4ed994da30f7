"""A refusal to answer a question put in a fronted frame: "Asked whether he would sell the club, he refused to rule
it out", "Asked if she would meet the union, she declined to say", "Asked whether talks would resume, Vale refused to
be drawn".

Why: the cue model took the fronted frame, "Asked" and all, for what was said, or the refusal's own infinitive ("to
be drawn"), and cut the cue at its first verb ("refused | Asked whether he would sell the club"). What the speaker
would not say is the question the frame puts ("whether he would sell the club"); the refusal, infinitive and all
("refused to rule it out"), is the cue.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_REFUSALS = frozenset("refused refuses declined declines would did".split())
"""First words of a refusal's cue ("refused", "declined", "would not", "did not")."""
_FRAME = re.compile(r"(?:^|(?<=[.!?\n])|(?<=[.!?][\"”’'])|(?<=\s))Asked\s+(?:about\s+|on\s+)?"
                    r"(?P<question>(?:whether|if|what|how|why|when|where|who|which)\b[^,.;:“”\"]+|[^,.;:“”\"]+),\s")
"""A fronted question frame opening the sentence: "Asked whether he would sell the club, ", "Asked about the report, "
(the question is the wh-clause, or the object of "about")."""
_REFUSED_WORDS = re.compile(
    r"(?:\s+not)?(?:\s+to)?\s+(?:say|comment|elaborate|speculate|answer|respond|be\s+drawn|go\s+into\s+details?|"
    r"give\s+details|discuss\s+it|rule\s+(?:it|this|that)\s+out|confirm\s+it|deny\s+it|confirm\s+or\s+deny(?:\s+it)?)"
    r"(?=\s*(?:[.;]|$|\n|,\s+(?:saying|adding|but)\b))")
"""A refusal's own words after its first verb, up to the sentence's end: "to rule it out", "not say", "to be drawn";
a refusal with an object of its own ("refused to rule out a strike") says what it refuses, and is left as it is."""
FRAME_REACH = 60
"""Characters from the frame's comma to the cue: a source with its title ("council leader Jo Bloggs", "she") fits."""


_TO_SAY = re.compile(r"(?:say|comment|disclose|reveal|confirm|specify|elaborate|discuss|answer|explain|identify|"
                     r"name|detail|predict|speculate)(?=\s+(?:on|about|whether|if|what|how|why|when|where|who|which|the)\b)")
"""A verb of saying opening a refusal's content right after its "to" ("refused to | say whether ...", "declined to |
comment on the report"): the verb the subject refused, part of the cue; what follows is what went unsaid."""


def refused_infinitive(text: str, attribution: Attribution) -> Attribution:
    """ "has refused to | say whether he would fire the minister": the refusal's cue cut before its own infinitive
    runs over it ("has refused to say"), and what was left unsaid opens after it."""
    c0, c1 = attribution.cue
    words = text[c0:c1].lower().split()
    start, end = attribution.content
    if attribution.quote or len(words) < 2 or words[-1] != "to" or not _REFUSING.search(text, c0, c1) or start < c1:
        return attribution
    verb = _TO_SAY.match(text, start, end) if not text[c1:start].strip() else None
    if verb is None:
        return attribution
    after = verb.end() + len(text[verb.end() : end]) - len(text[verb.end() : end].lstrip())
    return dataclasses.replace(attribution, cue=(c0, verb.end()), content=(after, end))


_REFUSING = re.compile(r"\b(?:refus|declin)(?:ed|es|e|ing)\s+to$")
"""A refusal's verb and its "to" closing the cue ("has refused to", "declined to")."""


def refused_question(text: str, attribution: Attribution) -> Attribution:
    """The refusal to answer the question a fronted "Asked ..." frame puts: the cue runs over the refusal's own words
    ("refused to rule it out"), and what it refused to say is the frame's question, "Asked" left out."""
    attribution = refused_infinitive(text, attribution)
    c0, c1 = attribution.cue
    words = text[c0:c1].lower().split()
    if attribution.quote or not words or words[0] not in _REFUSALS:
        return attribution
    rest = _REFUSED_WORDS.match(text, c1)
    if rest is None and not (len(words) > 1 and words[-1] in ("say", "comment", "elaborate", "speculate")):
        return attribution
    frame = next((m for m in _FRAME.finditer(text, max(0, c0 - FRAME_REACH - 300), c0)
                  if 0 <= c0 - m.end() <= FRAME_REACH and not re.search(r"[.!?;:“”\"]", text[m.end() : c0])), None)
    if frame is None:
        return attribution
    extends = rest is not None and not rest.group().endswith("drawn")  # a participle ends no cue: a passive's
    return dataclasses.replace(attribution, cue=(c0, rest.end() if extends and rest else c1), content=frame.span("question"))
