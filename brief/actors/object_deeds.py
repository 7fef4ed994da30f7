"""Verbs of saying or pledging whose noun object makes them a deed: an announcement still to come of a thing
("the ministry will announce a new strategy next week"), and a commitment of someone else to a course ("has
committed his administration to the opposite of what he promised").

Why: the cue model tags "will announce" and "has committed" from their place after a subject. "Will announce"
with a noun object names what is to be made public, and nothing of it is said yet; "committed his team to" binds
others to an act. With a clause or a quotation ("will announce that ...") or the cue's own "to" ("committed to
cutting") the cue still carries what was said or pledged, and keeps it.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

UNVEILING = frozenset({"announce", "unveil", "present", "launch"})
"""Verbs whose noun object is the thing made public ("will announce a new strategy"), not anything said of it."""
_FUTURE = re.compile(r"\b(?:will|shall|may|might|could|(?:is|are)\s+(?:going\s+)?to)\s+(?:\w+ly\s+)?$",
                     re.I)
"""A future, a plan or a chance before the verb ("will announce", "is to unveil", "is going to present", "will soon
launch", "may announce"): nothing made public yet."""
_MODAL_REACH = 24
"""Characters read before a one-word cue for its future's modal ("will | announce", "is going to | present")."""
_CLAUSE_OR_QUOTE = re.compile(r"\s*(?:that\b|whether\b|if\b|how\b|what\b|who\b|[\"“'‘:,])", re.I)
"""What opens a statement's content after the cue: a clause or a quotation (or a comma before one)."""

_OTHERS_COMMITTED = re.compile(r"\s+(?:his|her|their|its|our|my|the|a|an)\s+(?:[^\s,;:.!?]+\s+){0,3}?to\s+\S", re.I)
"""An object with a determiner, then "to" ("committed his administration to the opposite"): others bound to a
course, where "committed to cutting" (the cue's own "to") is a pledge."""


def _verbs(text: str, attribution: Attribution) -> list[str]:
    return text[attribution.cue[0] : attribution.cue[1]].split()


def announced_later(text: str, attribution: Attribution) -> bool:
    """ "The ministry will announce a new strategy next week": a thing still to be made public, nothing said."""
    words = _verbs(text, attribution)
    if not words or verb_lemma(words[-1].lower()) not in UNVEILING or attribution.quote:
        return False
    before = " ".join(words[:-1]) or text[max(0, attribution.cue[0] - _MODAL_REACH) : attribution.cue[0]]
    if _FUTURE.search(before + " ") is None:  # the model may leave the modal out of the cue ("will | announce")
        return False
    return _CLAUSE_OR_QUOTE.match(text, attribution.cue[1]) is None


_COMMITTED_CLAUSE = re.compile(r"[^,;:.!?\"“]*")
"""The words after "commit" up to the clause's first mark."""
_PLEDGE_WORDS = re.compile(r"\bto\b|\bthemselves\b|\bhimself\b|\bherself\b|\bitself\b|\bourselves\b|^\s*(?:\S+\s+)?[\d$€£]"
                           r"|\b(?:troops|soldiers|funds|money|resources|aid)\b", re.I)
"""What makes "commit" a pledge: its "to" ("committed to cutting", "committed $5bn to the fund"), a reflexive
("committed itself"), or an amount or a force given ("committed $5bn in aid", "committed another 3,000 troops",
"committed funds"), not a number further on ("by conceding in the 82nd minute")."""


def committed_wrong(text: str, attribution: Attribution) -> bool:
    """ "Derby committed football suicide by conceding a goal": "commit" with an object and no "to", a deed."""
    words = _verbs(text, attribution)
    return (bool(words) and verb_lemma(words[-1].lower()) == "commit" and not attribution.quote
            and attribution.content[0] >= attribution.cue[1] and _committed_clause_bare(text, attribution.cue[1]))


def _committed_clause_bare(text: str, at: int) -> bool:
    """Whether words follow "commit" up to the clause's mark and none is a pledge's ("to", a reflexive, an amount):
    "committed football suicide by conceding a goal", "committed a foul in the box", "committed murder."."""
    clause = _COMMITTED_CLAUSE.match(text, at)
    words = clause.group(0) if clause else ""
    return bool(words.strip()) and _PLEDGE_WORDS.search(words) is None


def committed_others(text: str, attribution: Attribution) -> bool:
    """ "has committed his administration to the opposite of what he promised": others bound to a course."""
    words = _verbs(text, attribution)
    return (bool(words) and verb_lemma(words[-1].lower()) == "commit"
            and _OTHERS_COMMITTED.match(text, attribution.cue[1]) is not None)


def object_deed(text: str, attribution: Attribution) -> bool:
    """Whether the cue is one of this module's shapes: a later unveiling of a thing, others committed, a wrong
    committed."""
    return announced_later(text, attribution) or committed_others(text, attribution) or committed_wrong(text, attribution)
