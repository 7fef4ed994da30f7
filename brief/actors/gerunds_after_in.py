"""A gerund of saying after "in" shares its clause's subject: "Bertrand has joined Elliott and de Castella in
believing that the players are arrogant" is Bertrand's belief (and theirs), never de Castella's alone.

Why: the source model takes the name nearest before the cue, here the main verb's object, as the source; a
gerund after "in" ("joined X in calling for", "was alone in arguing", "backed Y in claiming") has no subject
of its own, and goes with its clause's. With the object's source dropped, the participle rule
(``opening_subject.participle_subject``) gives the name that opens the sentence, as for "..., saying".
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_IN_GERUND = re.compile(r"\bin\s+$")
"""Right before the cue: "in" ("in believing", "in calling for")."""
_GERUND = re.compile(r"[a-z]{3,}ing\b")
_CLAUSE_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?P<clause>[^.!?\n]*)$")
"""The sentence's words before the source."""
_VERB_BEFORE = re.compile(r"\b[a-z]{2,}\b")
"""A lower-case word before the source in its sentence: the source follows its clause's verb, as its object."""
_NAME_THEN_IN = re.compile(r"(?:\s+[A-Z][\w'’.-]*)*\s+in\s+")
"""Between the source and the cue: the rest of its name and "in", no verb of its own ("... and Robert de | Castella in")."""
_COMPARED = re.compile(r"\b(?:as|than)\s+$")
"""Before the source: a comparison's "as" or "than", whose name does the deed it is compared in."""
CLAUSE_REACH = 300
"""Characters read back from the source for its sentence's opening."""


def gerund_shares_subject(text: str, attribution: Attribution) -> Attribution:
    """The attribution without its source where its cue is a gerund after "in" and the source is the object of
    the clause before it; any other attribution as it is."""
    source = attribution.source
    c0, c1 = attribution.cue
    if (source is None or source[1] > c0 or _GERUND.fullmatch(text, c0, c1) is None
            or _IN_GERUND.search(text, max(0, c0 - 5), c0) is None):
        return attribution
    if _NAME_THEN_IN.fullmatch(text, source[1], c0) is None:
        return attribution  # "Trump wavered in answering": the source's own verb stands between, it is the subject
    if _COMPARED.search(text, max(0, source[0] - 6), source[0]) is not None:
        return attribution  # "gone as far as Cameron in chiding X": Cameron chides, the one compared with
    clause = _CLAUSE_BEFORE.search(text, max(0, source[0] - CLAUSE_REACH), source[0])
    if clause is None or _VERB_BEFORE.search(clause.group("clause")) is None:
        return attribution
    return dataclasses.replace(attribution, source=None)
