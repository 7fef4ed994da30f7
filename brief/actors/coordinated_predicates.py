"""What was said of a subject in two coordinated predicates: "The association said it was disappointed but proud of
the campaign", "She said she was tired and happy with the result".

Why: the cue model reads a stance adjective with a preposition ("proud of", "hopeful about") as a cue of its own, with
the saying verb's source, and ends what was said before it: the position read "said it was disappointed" and the
pride became a second stance of its own, though both adjectives are one clause's predicate after "was". The second
predicate belongs to what was said; it is no statement of its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.clause_thing_verbs import thing_verb_in_clause
from brief.actors.cues import CUE_GROUP, lemma

_JOIN = re.compile(r"\s*,?\s+(?:but|and|yet|though)\s+(?:also\s+|still\s+)?$")
"""Between the first predicate and the second's cue: a coordinating word ("disappointed but proud of")."""
_BE_PREDICATE = re.compile(r"(?:that\s+)?(?:[\w'’-]+\s+){1,3}(?:is|was|were|are|am|remains|remained)\s+(?:[a-z]+ly\s+)?[a-z]+")
"""What was said before the join, whole: a short subject, a form of "be" and its adjective ("it was disappointed");
not a longer clause that ends in a passive ("that they heard when the hunter was shot | but cannot say")."""


_STANCE_PREPOSITIONS = frozenset("of with about by for over at in to".split())
"""The preposition that closes an adjective's cue ("proud of", "happy with", "hopeful about")."""
_VERB_GROUPS = frozenset({"speech", "demand", "for", "against", "want", "commit"})
"""Cue families of verbs ("added", "called for", "warned"): a second cue of these is a second act of saying, whose
content is its own ("said the price was aggressive and added that ..."); "worried about" (belief) may be an
adjective."""


def _same_source(a: Attribution, b: Attribution) -> bool:
    return b.source is None or b.source == a.source


def _adjective_cue(text: str, b: Attribution) -> bool:
    """Whether the second cue is an adjective and its preposition ("proud of"), not a verb ("added", "called for")."""
    words = text[b.cue[0] : b.cue[1]].lower().split()
    return len(words) >= 2 and words[-1] in _STANCE_PREPOSITIONS and CUE_GROUP.get(lemma(words[0])) not in _VERB_GROUPS


def coordinated_predicates(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """The attributions with a saying's content run on through a second predicate coordinated after its "be" and
    adjective ("said it was disappointed | but proud of the campaign") or through a verb of harm that goes on with the
    clause's subject (``clause_thing_verbs``), whose own reading as a cue of the same source is dropped."""
    dropped: set[int] = set()
    result: list[Attribution] = []
    for a in found:
        if id(a) in dropped:
            continue
        start, end = a.content
        second = next((b for b in found if b is not a and id(b) not in dropped and b.sentence == a.sentence
                       and end <= b.cue[0] and b.cue[0] - end <= 12 and _same_source(a, b)
                       and _JOIN.fullmatch(text, end, b.cue[0]) and b.content[0] >= b.cue[1]
                       and (_adjective_cue(text, b) and _BE_PREDICATE.fullmatch(text, start, end) is not None
                            or thing_verb_in_clause(text, a, b))),  # "would cost $3bn | and threatened its survival"
                      None)
        if second is None or a.source is None:
            result.append(a)
            continue
        dropped.add(id(second))
        result.append(dataclasses.replace(a, content=(start, second.content[1])))
    return [a for a in result if id(a) not in dropped]
