"""A person's name used only to describe the noun after it: "the new college Trump supporter", "a Clinton voter",
"the Obama administration".

Why: a bare "he" or "she" with no speaker near goes back to the last person named (``brief.actors.positions``), and
a name that only modifies another noun is never what a later pronoun goes on with (the supporter or the voter is):
"Perhaps Ames is the new Trump voter: He's young. He considers himself ..." is Ames, not Trump. As
``noun_modifying_names`` reads it for bodies, but not where the word after the name is a time or the name's own
reflexive ("Ames yesterday said", "Ames himself wrote"), which the lexicon also counts as nouns.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.noun_modifying_names import modifies_noun

_NOT_MODIFIED = re.compile(
    r"\s+(?:yesterday|today|tonight|tomorrow|now|then|himself|herself|themselves|itself|last|next|this|that|once|twice|who|whom|whose)\b",
    re.I,
)
"""Words after a subject's name that the lexicon counts as nouns but that no name modifies: a time ("Ames yesterday
said") or the subject's own reflexive ("Ames himself"); nor a relative pronoun ("it was Ames who won"), which the lexicon
counts as a noun too."""


def describes_noun(text: str, m: Mention) -> bool:
    """Whether the person ``m`` is named only to describe the noun after it ("a Trump supporter")."""
    return _NOT_MODIFIED.match(text, m.end) is None and modifies_noun(text, m)
