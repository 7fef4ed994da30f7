"""A statement reported at second hand in the passive: "Lasko is understood to have told the board that he will not
invest further", "Kent is said to have warned colleagues that ...".

The cue model marks the hedge ("understood", "is said") and leaves the verb of saying inside what follows, so
the statement read as "understood | to have told the board ..." (raising's rule then drops "understood" as a
belief of others'). With a verb of saying or of a stance after "to (have)", the subject did speak, by the
writer's sources: the cue runs from the hedge to that verb, and what was said follows it.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, lemma

_BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)"
_HEDGE = re.compile(rf"(?:{_BE}\s+)?(?:(?:widely|also|reportedly)\s+)?"
                    r"(?:understood|said|believed|thought|reported|known|alleged|rumoured|rumored)", re.I)
"""The passive hedge the cue holds ("understood", "is said", "was widely believed")."""
_BE_BEFORE = re.compile(rf"\b{_BE}\s+(?:(?:widely|also)\s+)?$", re.I)
"""Its "be" left before the cue ("Lasko is | understood"): the cue's own, shown with it."""
_BE_FIRST = re.compile(r"(?:is|are|was|were|has|have|had)\b", re.I)
_SAID_VERB = re.compile(r"to\s+(?:have\s+)?([a-z]+)\b\s*")
"""The verb the hedge raises, right at the content's start ("to have told ", "to warn ")."""
SPOKEN = frozenset("speech commit demand against for".split())
"""Cue families (``cues.CUE_GROUP``) of a verb that states something: saying, vowing or warning, demanding, opposing,
backing. Not belief ("is thought to believe"): a belief of others' about the subject."""
BE_REACH = 20
"""Characters read before the cue for its "be"."""


def hedged_report(text: str, attribution: Attribution) -> Attribution:
    """The cue from the hedge to the verb of saying it raises, and the content after that verb (see above); any
    other attribution as it is."""
    (a, b), (start, end) = attribution.cue, attribution.content
    if start < b or text[b:start].strip() or _HEDGE.fullmatch(text, a, b) is None:
        return attribution
    verb = _SAID_VERB.match(text, start, end)
    if verb is None or verb.end() >= end or CUE_GROUP.get(lemma(verb.group(1))) not in SPOKEN:
        return attribution
    be = _BE_BEFORE.search(text, max(0, a - BE_REACH), a)
    if be is None and not _BE_FIRST.match(text, a, b):
        return attribution  # "She said to call him": no passive, the verb itself
    return dataclasses.replace(attribution, cue=(be.start() if be else a, verb.end(1)), content=(verb.end(), end))


_HEDGED_CUE = re.compile(_HEDGE.pattern + r"\s+to\s+(?:have\s+)?[a-z]+", re.I)


def hedged(cue: str) -> bool:
    """Whether a cue is a hedge and the verb of saying it raises ("is said to have warned"): a passive in form whose
    subject spoke."""
    return _HEDGED_CUE.fullmatch(" ".join(cue.split())) is not None
