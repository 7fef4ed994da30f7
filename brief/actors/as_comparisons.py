"""A comparison with the subject's past after an object: "Beijing will dismiss any criticism, as it has that from
Tokyo", "the council rejected the plan, as it did last year". The "as" clause repeats the subject with only an
auxiliary ("as it has", "as it did": the verb left out, the cue's own) and tells how the deed fits a habit; it
is the writer's, and no part of the object dismissed or rejected. Only an object is cut so: a reported clause
may hold the speaker's own comparison ("said prices would rise, as they have for months")."""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.clause_spans import reports_a_clause
from brief.actors.phrasing import verb_lemma

_ELLIPTIC_AS = re.compile(
    r"\s*,\s*as\s+(?:it|he|she|they|we|I|you|the\s+[a-z]+|[A-Z][\w'’-]+)\s+"
    r"(?:has|have|had|did|does|do|was|is|were|are|would|will|could|can)\b(?:\s+(?P<next>[a-z]+)\b)?")
"""A comma, "as", a subject and an auxiliary, with the word after it (if any)."""
_NO_VERB = frozenset("that this those these so before since in for with many often always repeatedly".split())
"""Words after the auxiliary that show its verb was left out ("as it has that from Tokyo", "as it did before")."""
_QUOTE = re.compile("[\"“”]")


def before_elliptic_as(text: str, attribution: Attribution) -> Attribution:
    """The object cut before an elliptic ", as it has ..." comparison (the writer's); else unchanged."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1] or reports_a_clause(text[attribution.cue[0] : attribution.cue[1]]):
        return attribution
    for match in _ELLIPTIC_AS.finditer(text, start, end):
        following = match.group("next")
        elided = following is None or following in _NO_VERB or verb_lemma(following) is None
        if elided and match.start() > start and _QUOTE.search(text, start, match.start()) is None:
            return dataclasses.replace(attribution, content=(start, match.start()))
    return attribution
