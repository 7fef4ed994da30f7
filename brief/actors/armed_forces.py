"""A country's armed forces as a source: "The Egyptian military said", "the Kenyan army said", "Chile's navy
said". The military speaks as a body of its own, as "the Russian Defence Ministry" (a capitalised name the
tagger reads an organisation) does; the demonym or the country's name before it only says whose forces they are.

Why: the resolver took the demonym for the country, so a military's battlefield claims went to the state (its
government), which is another actor and often says otherwise (a ministry written in lower case still speaks for
its state: ``place_bodies``).
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_FORCES_AFTER = re.compile(r"(?:['’]s)?\s+(?:military|army|navy|air\s+force|armed\s+forces|coast\s*guard|"
                           r"defen[cs]e\s+forces)\s*")
"""After the country's demonym or name to the source's end: its possessive, then a name of its armed forces."""


def armed_forces(text: str, found: Mention, phrase_end: int, article: int) -> Mention | None:
    """The forces a country's demonym or name qualifies in the source, as an organisation mention of those
    words ("Egyptian military"), when the source ends with them; else None."""
    if found.kind != "place" or not _FORCES_AFTER.fullmatch(text, found.end, phrase_end):
        return None
    name = " ".join(text[found.start : phrase_end].split())
    return Mention(article, found.sentence, found.start, phrase_end, name, name, "organization")
