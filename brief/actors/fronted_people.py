"""A person named in a fronted clause whose sentence goes on with "he" or "she": "When I repeat this to Walter
Penhallow, he is quiet for a long time."

Why: that pronoun is the person named before it in its sentence, as a cue's own pronoun is ("Soon after Ms. Price
was elected, she said"); so the person is the centre the next sentence's "he says" goes on with, not an earlier
speaker whose words the writer put to them.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.pronoun_bound_names import subjectless_opening

_FRONTED_PRONOUN = re.compile(r"[^.;:!?“”\"\n]{0,80}?,\s+(he|she)\s+[a-z]")
"""After the name, the rest of a fronted clause and its comma, then the sentence's subject pronoun and its verb."""


def fronted_before_pronoun(text: str, m: Mention, head: str) -> bool:
    """Whether the person ``m`` stands in a fronted clause that its sentence's pronoun ``head`` ("he", "she") goes
    on from (see the module's docstring)."""
    found = _FRONTED_PRONOUN.match(text, m.end)
    return found is not None and found.group(1) == head and not subjectless_opening(text, m)  # "Inspired by X, he"
