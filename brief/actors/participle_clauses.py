"""Where what follows a cue stops being read for signs of what the cue says: at a participle clause
set off by a comma ("filed a petition at the High Court, arguing that the levy is unconstitutional"; "has taken
the wraps off its new sedan, the Genesis, scheduled for its introduction in Detroit").

Why: such a clause is a cue of its own (the model reads "arguing" as one, with its own content); its
verb and its "that" were read as the first cue's clause, and "the High Court" was listed as what the
society "filed a petition" to say.
"""

from __future__ import annotations

import re

_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:[a-z]+ing\b|[a-z]+ed\s+(?:for|by|at|in|on|with|from|under|after)\b"
                                r"(?=[^,;:.!?]*(?:[.!?]|$)))")
"""A comma and a present participle ("..., arguing that"), or a past participle and its preposition running to the
sentence's end: a reduced relative clause that describes the object ("the Genesis, scheduled for its introduction at
the Detroit show."), whose verb is no verb of the cue's own clause. One closed by a comma is an aside inside a clause
that goes on ("reported the firm, founded in 1990, was bankrupt"), and is read through."""


def before_participle(after: str) -> str:
    """``after`` (the text after a cue) up to a participle clause set off by a comma."""
    found = _PARTICIPLE_CLAUSE.search(after)
    return after[: found.start()] if found else after
