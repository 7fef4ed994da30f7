"""A participle set off after a comma ("..., saying ...") has the subject of the clause it hangs on, the
nearest one before it: "On occasion, Brandt would grow more animated, and Quinlan would carefully shut
him down, saying, “We heard you.”" is Quinlan's, not Brandt's; "Investigators are ..., said a source close to the
probe, adding ..." is the source's, not the investigators'.

The cue model, which reads a participle's speaker as the sentence's first subject, takes the first
clause's; a coordinated clause with a named subject of its own ("and Quinlan would ...") between that
source and the participle moves the source to its subject.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_NEARER_CLAUSE = re.compile(
    r",?\s+(?:and|but|while|then)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:[a-z]+ly\s+)?"
    r"(?:would|will|could|did|had|has|was|were|is|kept|[a-z]+ed)\b")
"""A coordinating word, a capitalised name and its clause's verb (an auxiliary or a past form, past an
adverb): a clause with a subject of its own."""
_INVERTED_FRAME = re.compile(r",\s+(?:said|says|told|added|adds)\s+(?P<source>(?:an?|the|one)\s[^,.;:“”\"]{1,60}?|"
                             r"[A-Z][^,.;:“”\"]{1,60}?),\s*$")
"""An inverted frame right before the participle's comma (", said a source close to the probe, adding"): the clause
the participle hangs on is the frame, and its source, written after the verb, is the participle's subject too."""
_COMMA_BEFORE = re.compile(r",\s*$")
_QUOTE_MARK = re.compile("[\"“”]")


def nearer_subject(text: str, attribution: Attribution) -> Attribution:
    """The source of a set-off participle moved to the subject of the clause right before it."""
    source = attribution.source
    if source is None or source[1] > attribution.cue[0]:
        return attribution
    words = [w for w in text[attribution.cue[0] : attribution.cue[1]].split() if not w.lower().endswith("ly")]
    if not words or not words[0].lower().endswith("ing"):
        return attribution
    if not _COMMA_BEFORE.search(text, max(0, attribution.cue[0] - 10), attribution.cue[0]):
        return attribution
    if _QUOTE_MARK.search(text, source[1], attribution.cue[0]):
        return attribution  # the stretch holds a quotation: its own clauses are not the frame's
    frame = _INVERTED_FRAME.search(text, source[1], attribution.cue[0])
    if frame is not None:  # "Investigators are ..., said a source close to the probe, adding": the source's
        return dataclasses.replace(attribution, source=frame.span("source"))
    clauses = list(_NEARER_CLAUSE.finditer(text, source[1], attribution.cue[0]))
    if not clauses:
        return attribution
    last = clauses[-1]
    return dataclasses.replace(attribution, source=(last.start("name"), last.end("name")))
