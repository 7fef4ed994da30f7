"""A verb of saying set off inside a relative clause: "to back the commission, which is due to last six months and
which, critics say, does not include specialists": what the critics say is the relative clause's, of the noun it
describes ("the commission does not include specialists"), not the sentence that leads to it.

Why: a set-off cue's words are joined around it (``clause_spans.content_text``: "The plan, analysts say, will fail"
is "The plan will fail"), which for a relative pronoun before the cue gave the critics the whole sentence.
"""

from __future__ import annotations

import re

_RELATIVE_LAST = re.compile(r"(?:,|\band)\s+(?:which|who)$")
"""The relative pronoun the words before the set-off cue end on: ", which" or "and which"."""
_ANTECEDENT = re.compile(r"\b((?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+),\s+(?:which|who)\b", re.I)
"""The noun phrase a relative clause describes, set off before its first "which"/"who" ("the commission, which")."""


def relative_gist(left: str, right: str) -> str | None:
    """What a cue set off after a relative pronoun reports: the noun the clause describes and the clause's predicate
    ("the commission does not include specialists ..."), or the predicate alone when that noun is not found; None
    when the words before the cue do not end on a relative pronoun."""
    if not _RELATIVE_LAST.search(left):
        return None
    antecedent = _ANTECEDENT.search(left)
    return f"{antecedent.group(1)} {right}" if antecedent is not None else right
