"""What a speaker says of the noun a relative clause hangs on: "The documents, which Okafor says are genuine, show
...": Okafor says the documents are genuine.

Why: the cue stands inside the relative clause, so what follows it is a predicate whose subject is the noun
before "which" (``statements.gapped_content``), and the position was dropped as stating nothing; but the speaker
vouches for a fact about that noun, often the point of the sentence ("the memo, which the senator says was
shredded"). When the noun is a determiner's phrase right before ", which" (or "that", "who"), the statement is
that phrase with the predicate: "the documents are genuine".
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_PREDICATE = re.compile(r"\s*(?:[a-z]{3,}ly\s+)?(?:is|are|was|were|could|would|will|can|may|might|should|must|has|have|had)"
                        r"(?![-\w'’])(?!\s+that\b)")
"""A content that opens with a finite verb, its subject lost to the relative clause ("are genuine", "was shredded");
not "is that ...", whose clause has a subject of its own (``statements.gapped_content`` reads it)."""
MAX_NOUN_WORDS = 5
"""Words of the noun phrase after its determiner ("the leaked internal memo")."""
_ANTECEDENT = re.compile(
    rf"\b(?P<np>(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Aa]n?)"
    rf"(?:\s+[\w'’-]+){{1,{MAX_NOUN_WORDS}}}),\s+(?:which|who|that)\s+$")
"""A determiner's noun phrase, a comma and the relative pronoun, right before the clause's own subject (the
source): "The documents, which "."""
REACH = 80
"""Characters read before the source for the noun phrase and its pronoun."""


def relative_subject(text: str, attribution: Attribution) -> str:
    """The noun phrase the cue's relative clause hangs on, when what follows the cue lost its subject to it
    ("The documents" of "The documents, which Okafor says are genuine"); else ""."""
    if attribution.quote or attribution.source is None or attribution.content[0] < attribution.cue[1]:
        return ""
    if _PREDICATE.match(text, attribution.content[0], attribution.content[1]) is None:
        return ""
    found = _ANTECEDENT.search(text, max(0, attribution.source[0] - REACH), attribution.source[0])
    if found is None or any(mark in found.group("np") for mark in ",;:()\"“”"):
        return ""
    return found.group("np")


def subject_filled(text: str, attribution: Attribution, content: str) -> str:
    """``content`` with the relative clause's noun phrase before it, when it lost its subject to one."""
    subject = relative_subject(text, attribution)
    return f"{subject} {content.lstrip()}" if subject else content
