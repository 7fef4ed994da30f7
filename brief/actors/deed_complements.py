"""Cue verbs whose complement shows them a deed: "He did so after ...", "NATO supported the UN by intervening in
the war".

Why: the cue model tags these verbs from their place after a subject ("did" and "supported" each open a statement
elsewhere: "did say", "supported the bill"). The words after the verb tell the sense: "do so" stands for an act
named before it; an object reached "by" doing something is what the act did ("supported the UN by intervening",
"committed football suicide by conceding"; "commit" itself is read in ``object_deeds``). A gerund of saying or
of a stance after "by" ("by citing a poll", "by rejecting a treaty") is no deed's means. A "that"-clause, a
quotation or a colon after the verb is none of these shapes and keeps the position.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.phrasing import inflected_verb, is_noun, verb_lemma

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PRO_VERB = re.compile(r"(?:\w+\s+){0,2}?(?:do|does|did|done|doing)\s+so\W*", re.I)
"""A cue of the pro-verb "do so" ("did so", "has done so"): it stands for an act the sentence before named; no
saying of its own. Not "do it" or "do this", which open questions ("what does this say about ...")."""
BY_OBJECT_WORDS = 6
"""Words of an object before "by" and its gerund ("supported the UN by intervening", "committed football suicide
by conceding"): a longer run holds a clause of its own."""
_BY_GERUND = re.compile(rf"\s+(?:[\w'’-]+\s+){{1,{BY_OBJECT_WORDS}}}?by\s+([a-z]+ing)\b")
"""An object, then "by" and a gerund: the means of a deed."""
_SAID_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:that\b|[\"“:])")
"""A "that"-clause or a quotation a few words after the means' gerund ("by reminding voters that ..."): a saying."""
_SAYING_GROUPS = frozenset({"speech", "belief", "against"})
"""Cue families whose verb takes a clause ("said", "believes"), where a "by" inside belongs to what was said, and
those of criticism, whose "by" gives how it was made ("pounced on the policy by tying it to crime")."""
_STATEMENT_OPENERS = re.compile(r"\s*(?:that\b|whether\b|[\"“‘:])", re.I)
"""What opens a statement right after the verb: a "that"-clause, "whether", a quotation or a colon."""


def _head(text: str, attribution: Attribution) -> str | None:
    words = _WORD.findall(text, *attribution.cue)
    return verb_lemma(words[-1].lower()) if words else None


def pro_verb(text: str, attribution: Attribution) -> bool:
    """ "He did so after the prosecutor told him ...": the cue is "do so", an act named before."""
    return _PRO_VERB.fullmatch(text, *attribution.cue) is not None


def done_by_means(text: str, attribution: Attribution) -> bool:
    """ "NATO supported the UN by intervening in the war": an object reached by an act, itself a deed; not "by
    saying ..." (a verb of saying after "by" states what was said) nor a statement's opener after the verb."""
    if attribution.quote or attribution.content[0] < attribution.cue[1]:
        return False
    if _STATEMENT_OPENERS.match(text, attribution.cue[1]):
        return False
    means = _BY_GERUND.match(text, attribution.cue[1])
    if means is None or means.end() > attribution.content[1] + 1:
        return False
    head = _head(text, attribution)
    if head is None or CUE_GROUP.get(lemma(head)) in _SAYING_GROUPS:
        return False  # "said the firm grew by cutting costs"; "pounced on the policy by tying it to ...": a phrasal cue
    passed = _WORD.findall(text, attribution.cue[1], means.start(1))
    if any(w.lower() in ("that", "whether", "to") or w.lower().endswith("ing") or w[:1].islower() and inflected_verb(w) and not is_noun(w) for w in passed):
        return False  # "backed the plan that grew by", "urged X to act by", "proposed paying for it by": a plan's means
    if verb_lemma(means.group(1)) is None:
        return False
    if _SAID_AFTER.match(text, means.end()):
        return False  # "attacked X by reminding voters that ...": the means is a saying
    return lemma(means.group(1)) not in CUE_GROUP  # "by citing a poll", "by rejecting a treaty": a saying or a stance


def deed_complement(text: str, attribution: Attribution) -> bool:
    """Whether the cue's complement shows it a deed (see the module's docstring)."""
    return pro_verb(text, attribution) or done_by_means(text, attribution)
