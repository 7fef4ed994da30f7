"""A reduced relative whose subject is the noun before it: "records he says show the payments were made",
"a letter she says was signed by the mayor". The pronoun's cue reports a clause whose subject is that noun (the
records show ...), so the verb after the cue is the clause's own, not a part of the cue: the cue model read
"says show" as one cue. The cue keeps its saying verb; the clause opens at the next verb.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import is_noun, verb_lemma

_SAYING_THEN_VERB = re.compile(r"(?P<cue>says|said|claims|claimed|insists|insisted|believes|believed)\s+(?P<verb>[a-z]+)\b")
"""A cue of a saying verb and the next word, as the model may read it ("says show", "claims proves")."""
_PRONOUN_AFTER_NOUN = re.compile(r"\b(?P<noun>[a-z][a-z'’-]*)\s+(?:he|she|they|we|it)\s+$")
"""The pronoun source right before the cue, a lower-case word (the noun the clause is about) before it."""
_CLAUSE_VERBS = frozenset("is are was were has have had will would can could may might show shows showed prove "
                          "proves proved reveal reveals revealed contain contains contained".split())
"""Verbs that open the reported clause of a reduced relative ("records he says show", "files she says are
forged"): a finite verb with the noun before the pronoun for its subject."""


def relative_clause_verb(text: str, attribution: Attribution) -> Attribution:
    """The cue cut to its saying verb when the model joined the reported clause's verb to it after a pronoun
    that follows a noun ("records he says | show the payments ..."); any other attribution as it is."""
    a, b = attribution.cue
    cue = _SAYING_THEN_VERB.fullmatch(text, a, b)
    if cue is None or cue.group("verb") not in _CLAUSE_VERBS or attribution.content[0] < b:
        return attribution
    before = _PRONOUN_AFTER_NOUN.search(text, max(0, a - 40), a)
    if before is None or not is_noun(before.group("noun")) or verb_lemma(before.group("noun")) == before.group("noun"):
        return attribution  # "as he says show", "I think he says show": no noun the clause is about
    return dataclasses.replace(attribution, cue=(a, cue.end("cue")), content=(cue.start("verb"), attribution.content[1]))
