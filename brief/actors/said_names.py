""""Said" as a name, not a cue: "Sultan Qaboos bin Said, who took power in 1970".

Why a module of its own: the cue model read the capitalised "Said" after a name's particle as the verb, and gave
"who took power in 1970" to "Sultan Qaboos bin" as what they said. After "bin", "ibn", "al", "Abu" and the like
the word is a family name (as "Said" and "Saeed" are across the Arab world); no verb stands there.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_NAME_PARTICLE = re.compile(r"\b(?:bin|ibn|ben|bint|binti|al|el|Al|El|Abu|Abou|Ould)[-\s]$")
"""A particle of an Arabic (or Berber, Malay) name right before the word: what follows is part of the name."""
_CAPITALISED_CUE = re.compile(r"Sa(?:id|ys|ïd)\b")


def without_said_names(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, less those whose cue is a capitalised "Said" after a name's particle."""
    return [a for a in attributions
            if not (_CAPITALISED_CUE.match(text, a.cue[0]) and _NAME_PARTICLE.search(text, max(0, a.cue[0] - 6), a.cue[0]))]
