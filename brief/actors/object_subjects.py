"""A verb coordinated after another verb and its object shares that verb's subject: in "he asked about the
Liberal Party, called Aquino a traitor and said ...", the party neither called nor said anything; he did.

Why: the source tagger reads the noun phrase right before a cue as its subject, so the object of the first verb
("the Liberal Party") became the source of the second ("called"), and a later coordinated cue took a source run
from inside the first ("about the Liberal Party said"). When a cue's source ends exactly where an earlier cue's
object ends, and only a comma (or the coordinated predicates before it and "and") stands between, the source is
that object: the earlier cue's source is the one who speaks. So too when the source is the earlier cue's whole
clause, its subject to its object's end, before "but" or "and": "they condemned the killings of X, but also
wondered" is theirs, not X's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.next_act_sources import next_act_sources
from brief.actors.predicate_nouns import subject_of_predicate_noun

_COMMA = re.compile(r",\s+")
"""Between the object and the next verb of a list of predicates ("the Liberal Party, called")."""
_LAST_JOIN = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?")
"""Between the predicate before and the last verb of the list ("... a traitor and said")."""


def _object_of(a: Attribution, source: tuple[int, int]) -> bool:
    """Whether ``source`` runs from within ``a``'s cue or object and ends where its object ends (unquoted)."""
    return (not a.quote and a.source is not None and a.content[0] >= a.cue[1]
            and a.cue[0] < source[0] < a.content[1] and source[1] == a.content[1])


_CLAUSE_JOIN = re.compile(r",?\s+(?:and|but|yet)\s+(?:then\s+|also\s+|still\s+)?")
"""Between a whole clause read as the next cue's source and that cue: "and", "but", "yet" ("they condemned the
killings of Officers Liu and Ramos, but also wondered")."""


def _clause_of(a: Attribution, source: tuple[int, int]) -> bool:
    """Whether ``source`` is ``a`` whole, from its source to the end of its object (unquoted): the tagger took
    the first predicate's clause for the subject of the second verb ("they condemned the killings of X, but
    wondered"), and the last name in its object (X) would speak."""
    return (not a.quote and a.source is not None and a.content[0] >= a.cue[1]
            and source[0] <= a.source[0] and source[1] == a.content[1])


def shared_subjects(text: str, found: Sequence[Attribution]) -> list[Attribution]:
    """The attributions with each source that is an earlier cue's object (``_object_of``) given that cue's
    source, when the cue follows the object after a comma, or after the predicates so re-sourced and "and"."""
    out: list[Attribution] = []
    for b in found:
        source = b.source
        first = next((a for a in out if source is not None and a.sentence == b.sentence and a.cue[1] <= b.cue[0]
                      and _object_of(a, source)), None) if source is not None and source[1] <= b.cue[0] else None
        if first is not None and source is not None:
            gap_end = b.cue[0]
            between = [c for c in out if c.source == first.source and c is not first
                       and source[1] < c.cue[0] and c.content[1] <= gap_end]
            joined = (_COMMA.fullmatch(text, source[1], gap_end) is not None
                      or bool(between) and _COMMA.fullmatch(text, source[1], between[0].cue[0]) is not None
                      and _LAST_JOIN.fullmatch(text, between[-1].content[1], gap_end) is not None)
            if joined:
                b = dataclasses.replace(b, source=first.source)
        elif source is not None and source[1] <= b.cue[0]:
            whole = next((a for a in out if a.sentence == b.sentence and a.cue[1] <= b.cue[0] and _clause_of(a, source)), None)
            if whole is not None and _CLAUSE_JOIN.fullmatch(text, source[1], b.cue[0]):
                b = dataclasses.replace(b, source=whole.source)
            else:
                b = subject_of_predicate_noun(text, b)  # "she was a social media user and had posted": she
        out.append(b)
    return next_act_sources(text, out)  # "X put off deciding whether Y could ... but said": X said
