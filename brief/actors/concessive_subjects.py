"""The subject of a fronted concessive clause that "it" or "they" after it takes up: "Though the
players' union has said it backs the plan, it has also warned that ...".

Why: "it" went to the last body named or speaking before the sentence (a league in a list of the
sentence before), though English makes the main clause's pronoun after "Though X has said ...,"
the same X: the clause is about X, and the pronoun goes on with its subject. The subject is read
as a source phrase of its own (a name, "the union" the article names, or no one the article names,
in which case no actor holds what the pronoun says).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brief.actors.mentions import Mention

_FRONTED = re.compile(
    r"(?:^|[.!?][\"”’']?\s+|\n)(?:(?:But|And|Yet)\s+)?(?:Though|Although|Even\s+though|While|Whereas|Even\s+as|"
    r"Even\s+if)\s+(?P<subject>[^,.;:!?\"“”]{2,80}?)\s+(?:has|have|had|is|are|was|were|does|do|did|may|might|"
    r"will|would|can|could|says|said|insists|insisted|argues|argued|claims|claimed|maintains|maintained)\b"
    r"[^.;:!?]*?,\s*$")
"""A sentence that opens on a concessive clause whose subject stands before its verb of saying or
its auxiliary, and runs to a comma before the pronoun."""
REACH = 400
"""Characters before the pronoun read for the clause (one long sentence's opening)."""
_PRONOUNS = frozenset("it they he she this that we i you".split())


def concessive_subject(text: str, pronoun_start: int, personal: Callable[[Mention], bool],
                       resolve: Callable[[tuple[int, int]], Mention | None]) -> tuple[Mention | None] | None:
    """What the pronoun at ``pronoun_start`` takes up from a fronted concessive clause: its subject
    as ``resolve`` reads that span (a one-tuple, holding None when it names no actor); None when no such
    clause opens the sentence, its subject is itself a pronoun, or a person ("it"/"they" is not one)."""
    found = _FRONTED.search(text, max(0, pronoun_start - REACH), pronoun_start)
    if found is None or found.group("subject").lower() in _PRONOUNS:
        return None
    subject = resolve(found.span("subject"))
    if subject is not None and personal(subject):
        return None  # "While the minister spoke, it ...", "Though Ms Lee has said ..., they": not her
    return (subject,)
