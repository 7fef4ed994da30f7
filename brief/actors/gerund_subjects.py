"""A gerund that is its clause's subject is no cue: "although blasting for the new pier is common there",
"Sniping at rivals is part of the job". The cue model tags "blasting" (to blast: to attack in words) from its
form; the clause shows it is a noun: no subject before it (it opens a sentence or follows a subordinator), and a
finite auxiliary of its own after its phrase ("is common", "has become") before any comma. A participle clause ("Although blasting
the plan as reckless, Smith voted for it") has no verb before its comma, and keeps its reading; a verb of saying
("saying the plan is reckless") takes a clause with its verb, and is left alone."""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.clause_spans import reports_a_clause
from brief.text.lexicon import AUXILIARY_VERBS

_NO_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n\s*|\b(?:[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hilst|[Ww]hereas|[Bb]ecause|[Ss]ince|[Ii]f|"
    r"[Uu]nless|[Oo]nce|[Ww]hen|that)\s+)$")
"""What stands right before a gerund subject: a sentence's start or a subordinator (its clause's subject is next)."""
_GERUND = re.compile(r"[A-Za-z]{3,}ing\b")
_CLAUSE_WORD = re.compile(r"[,;:—–()\"“”]|[A-Za-z][\w'’-]*")
REACH = 80
"""Characters after the gerund read for its clause's verb (a gerund's phrase: "blasting for the new pier")."""


def gerund_subject(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a gerund opening its clause as its subject, a finite verb after its phrase."""
    c0, c1 = attribution.cue
    if attribution.quote or _GERUND.match(text, c0) is None or reports_a_clause(text[c0:c1]):
        return False
    if _NO_SUBJECT_BEFORE.search(text, max(0, c0 - 12), c0) is None:
        return False
    for token in _CLAUSE_WORD.finditer(text, c1, min(len(text), c1 + REACH)):
        word = token.group()
        if not word[0].isalpha():
            return False  # a comma (a participle clause's end) or a quotation before any verb
        if word == "that" or word == "whether":
            return False  # "warning that ...": a clause of its own
        if word in AUXILIARY_VERBS:
            return True  # "is", "was", "can": the gerund's own verb (an "-s" word may be a plural noun)
    return False
