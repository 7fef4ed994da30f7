"""Where what follows a cue stops being read for signs of what the cue says: at a participle clause
set off by a comma ("filed a petition at the High Court, arguing that the levy is unconstitutional").

Why: such a clause is a cue of its own (the model reads "arguing" as one, with its own content); its
verb and its "that" were read as the first cue's clause, and "the High Court" was listed as what the
society "filed a petition" to say.
"""

from __future__ import annotations

import re

_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\b")


def before_participle(after: str) -> str:
    """``after`` (the text after a cue) up to a participle clause set off by a comma."""
    found = _PARTICIPLE_CLAUSE.search(after)
    return after[: found.start()] if found else after
