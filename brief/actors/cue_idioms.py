"""Cue words that report no statement where they stand: the noun of a named event or document ("ahead of the
Los Angeles show"), and telling the truth or lies, which is how someone speaks, not what they said.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_NAMED_OBJECT_BEFORE = re.compile(
    r"\b(?:of|at|in|on|for|from|to|with|by|during|before|after|near|into|outside|inside|ahead\s+of)\s+"
    r"(?:the|a|an|this|that|its|his|her|their)\s+(?:[A-Z][\w.'’&-]*\s+){1,4}$")
"""A preposition, a determiner and capitalised words right before the cue: the cue word ends a noun phrase
("at the Geneva show", "in the Ford report")."""
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.,;:)!?]|$|(?:on|in|at|last|this|next|earlier)\b)")
NAMED_OBJECT_REACH = 60
"""Characters before the cue read for the preposition and the name (a name of four words fits)."""


def noun_after_name(text: str, attribution: Attribution) -> bool:
    """ "The Mach E was unveiled ahead of the Los Angeles show.": the cue model read "show" for a verb with
    "Los Angeles" its subject and the clause before for what was shown. A base-form cue word after "PREP the
    Name" with nothing said after it (its clause ends, or a time or place follows) is the noun the name
    modifies; "Experts at the Brookings Institution say rates will fall" has its content after the cue and
    keeps it."""
    start, end = attribution.cue
    word = text[start:end]
    if " " in word or not word.isalpha() or verb_lemma(word.lower()) != word.lower():
        return False
    if attribution.content[0] >= end:
        return False
    before = text[max(0, start - NAMED_OBJECT_REACH) : start]
    return bool(_NAMED_OBJECT_BEFORE.search(before)) and bool(_CLAUSE_ENDS_AFTER.match(text, end))


_TOLD_OBJECT = re.compile(r"(?:the\s+truth|lies|a\s+lie|the\s+lie|jokes|a\s+joke|stories|a\s+story|fibs)\b", re.I)


def tells_truth_or_lies(text: str, attribution: Attribution) -> bool:
    """ "a White House that lies as easily as it tells the truth creates major problems": telling the truth,
    lies or stories is a way of speaking with no statement in it; what follows is the main clause's
    predicate, not something told. "told reporters the truth was ..." has its addressee first and is
    left alone."""
    start, end = attribution.cue
    if verb_lemma(text[start:end].strip().lower()) != "tell":
        return False
    return attribution.content[0] >= end and bool(_TOLD_OBJECT.match(text, attribution.content[0]))

