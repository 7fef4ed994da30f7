"""A reporting verb's form in lower case ("told", "warned", "says"), which no name holds (``reporting_form``).

Moved from ``mentions`` (session 64) to keep that module under 500 lines; behaviour unchanged.
"""

from __future__ import annotations

from brief.actors.cues import seed_cue
from brief.text.lexicon import IRREGULAR_VERBS

_PRESENT_CUES = frozenset({"says", "tells"})
"""The present forms read as cues inside a tagged span: the two a news page writes most ("X says",
"X tells"); other "-s" forms of seed cues are as often plural nouns ("reports", "charges", "plans")."""


def reporting_form(word: str) -> bool:
    """A reporting verb in the past or "says"/"tells", in lower case ("told", "warned"): no name of any
    kind holds one, so a span tagged across it ("Trump told the Times" as one body) is a name, its
    cue and more. Not a seed cue's bare form, often a noun inside a body's name ("post office")."""
    if not (word.isalpha() and word.islower()):
        return False
    past = word in IRREGULAR_VERBS or word.endswith("ed")
    return (past or word in _PRESENT_CUES) and seed_cue(word)
