"""A verb of telling in a passive's second predicate: "Carney was jailed for 12 weeks and ordered to pay £200
compensation", "was fined £300 and told to pay costs", "He was interrogated and told he had two choices".

Why: court reports join what was done to a defendant in one passive clause, its "was" written once. The cue model
reads the second participle ("ordered", "told") as the defendant's own act, and the defendant was listed as ordering
his own compensation. A cue after "and" whose clause opened with "was" and a participle, with no new subject
between, is done to the subject: no one's statement (the one who ordered it is the court, which the clause does not
name).
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:(?:also|then|later|subsequently|[a-z]+ly)\s+)?[a-z]+(?:ed|en|wn|ght|nt)\b"
    r"(?P<between>[^.;:!?“”\"\n]*?)\s(?:and|or)\s+(?:also\s+|then\s+|later\s+|further\s+)?$")
"""A "be" and a participle, what else the first predicate says, then the "and" right before the cue."""
_PARTICIPLE = frozenset("ordered told asked urged instructed advised encouraged warned required directed invited "
                        "allowed permitted forbidden made".split())
"""The cue itself a participle of a verb that tells its object to do something ("ordered", "told"): in the passive
its "to" follows at once ("ordered to pay"); in the active its object does ("told police he ..."), and "vowed to",
"pledged to" are the subject's own act."""
_TO_AFTER = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
_TOLD_CLAUSE = frozenset("told warned advised informed assured".split())
"""Participles that take a clause of what was told ("was interrogated and told he had two choices"); in the active
an object stands first ("told police he ..."), so a clause at once says the passive."""
_CLAUSE_AFTER = re.compile(r"\s+(?:that|he|she|they|we|i)\b", re.I)
_NEW_SUBJECT = frozenset("he she they we i it who which that you".split())
"""A word that would open a clause of its own between the predicates ("was jailed and he told ...")."""
REACH = 160
"""Characters before the cue read for the passive (one sentence's first predicate)."""


def passive_second_predicate(text: str, attribution: Attribution) -> bool:
    """Whether the cue is the second participle of a passive clause, done to its subject."""
    a, b = attribution.cue
    word = text[a:b].lower()
    if word not in _PARTICIPLE and word not in _TOLD_CLAUSE:
        return False
    if not _TO_AFTER.match(text, b) and not (word in _TOLD_CLAUSE and _CLAUSE_AFTER.match(text, b)):
        return False
    found = _PASSIVE_BEFORE.search(text, max(0, a - REACH), a)
    return found is not None and not _NEW_SUBJECT & set(found.group("between").lower().split())
