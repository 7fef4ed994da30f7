"""A participle inside a subordinate clause is that clause's subject's: "Gordon Maclure took the step after
councillor Ishbel Rennie submitted an amendment asking him to explain ...": Rennie's amendment asks.

Why: the source model gives a participle of saying the subject that opens the sentence. When a subordinating
word ("after", "when", "because") opens a clause with a named subject of its own between that source and the
participle, and no comma stands between that clause and the participle, the participle is inside that clause
(it goes on with its object, "an amendment asking", or its verb): the nearer subject is the one that speaks. A
comma sets the participle off as the main clause's ("Ross resigned after Lyle's report, saying ...").
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_IN_CLAUSE = re.compile(
    r"\b(?:after|before|when|because|since|while|whilst|once|until|although|though)\s+(?:the\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,3}}({_NAME})"
    r"\s+[a-z][\w'’-]*(?:\s+[^\s,;:!?“”\"()–—]+){0,20}?\s+$")
"""The subordinating word, maybe "the" and lower-case title words ("after councillor "), the clause's named subject,
then a lower-case verb and its words to the participle: no comma, quotation, bracket or dash (one clause)."""
CLAUSE_REACH = 200
"""Characters before the participle read for the clause that holds it."""


def participle_in_clause(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The attribution with its source moved to the named subject of the subordinate clause its participle
    stands inside (see the module's docstring); unchanged for any other frame."""
    source, cue = attribution.source, attribution.cue
    words = text[cue[0] : cue[1]].split()
    if source is None or not words or not words[-1].endswith("ing") or len(words) > 1 or source[1] > cue[0]:
        return attribution
    found = _IN_CLAUSE.search(text, max(source[1], sentence_start, cue[0] - CLAUSE_REACH), cue[0])
    if found is None or found.start() < source[1]:
        return attribution
    return dataclasses.replace(attribution, source=found.span(1))
