"""Names the tagger found that are no actor's, among the words of police and emergency news: a police or military
operation's code name typed a person ("the man leading Operation Kowhai", "as part of Operation Larkspur"), and
a force's plural noun capitalised only by opening a sentence ("Detectives investigating the death ...", "Firefighters
spent six hours ..."). No one's given name is "Operation"; a body so named ("Operation Smile", a charity) is typed a
body and kept, since it speaks for itself. A capital at a sentence's start makes no plural noun a name: what such
staff say goes to the force the article names (``force_staff``), and alone they were listed as a body of their own.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.source_words import FORCES

_STAFF = FORCES - {"police"}
"""A force's staff; not "Police", which news writes as the force itself ("Police said")."""
_OPENS_SENTENCE = re.compile(r"(?:^|[\n.!?][\s”\"]*)$")


def police_words_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without people named "Operation X" and without a force's plural noun opening a sentence."""
    return [m for m in mentions if not (m.kind == "person" and m.name.startswith("Operation ")
                                        and m.name.split()[1][:1].isupper())
            and not (m.name.lower() in _STAFF and m.name[1:].islower()
                     and _OPENS_SENTENCE.search(text, max(0, m.start - 3), m.start))]
