"""A "Said" inside a name is no cue: "decreed in 2011 by Sultan Qaboos bin Said, who took power in 1970" gives the
sultan no statement ("who took power in 1970 ...").

Why: the cue model reads every "said" as a cue, whatever its case; in running text the verb is written in lower
case, and a capital "Said" after a name's word ("bin Said", "Al Said", "Edward Said") is an Arabic name or the
end of one.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution

_NAME_BEFORE = re.compile(r"(?:\b(?:bin|ibn|bint|binti|al|Al|el|El|Abu|Bou|Ben)|[A-Z][\w'’-]*[a-z])[ -]$")
"""A patronymic link or a capitalised name word right before the cue, with no comma between."""


def without_named_said(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, less those whose cue is a capital "Said" after a name's word inside a sentence."""
    return [a for a in attributions if not _named(text, a)]


def _named(text: str, attribution: Attribution) -> bool:
    start, end = attribution.cue
    return text[start:end] == "Said" and _NAME_BEFORE.search(text, max(0, start - 20), start) is not None
