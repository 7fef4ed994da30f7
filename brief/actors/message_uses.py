"""A message used for something, with the speaker's words quoted in it: "Opposition leader Ann Roe used her own
message to put her party on an election footing to defeat the government's "weak and clueless" ministers".

Why: "use" is a verb of doing, and the cue model's "used her own message" read as an action with no statement, so
the quoted words (the message's own, in the speaker's voice) went to no one and the speaker, named once, was no
actor. What a message, speech or address is used to do is what it said; with a quotation in it, it is a statement.
Without one ("used his speech to launch the campaign") it stays a deed.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.occasion_speeches import MEDIA, MEDIUM_MODIFIERS

_USED_MEDIUM = re.compile(
    rf"(?:used|uses)\s+(?:the|this|his|her|their|its)\s+{MEDIUM_MODIFIERS}{MEDIA}\s*$")
"""The cue "used his own message" (the verb, a determiner, modifiers and the medium: nothing else)."""
_QUOTED = re.compile(r"[\"“][^\"“”]{2,}[\"”]")


def quoted_in_message(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a message used for what follows ("used his own message to ...") and the content quotes
    words of it: a statement, though "use" is a verb of doing."""
    if _USED_MEDIUM.match(text[attribution.cue[0] : attribution.cue[1]]) is None:
        return False
    start, end = attribution.content
    return start >= attribution.cue[1] and _QUOTED.search(text, start, end) is not None
