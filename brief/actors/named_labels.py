"""A transcript's speaker the tagger typed a body ("PIET VANDERMOLEN: ...", "Petra Lowe: ..." where the text calls
her "our reporter Petra Lowe"): a turn's label that is a person's name in shape is read as that person's.

Why: an invented or rare name ("Piet Vandermolen") is often tagged an organisation, and only people label turns
(``labelled_turns``), so the reporter's turns were left to no one and the cues inside them read as nobody's. A name
the text gives a person's word before ("correspondent", "reporter", "interviewer") or whose first word is a known
given name is a person's; "Al Jazeera:" (no given name, no such word) stays a body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.headed_answers import shaped_as_name
from brief.actors.mentions import Mention

MAX_LABEL_NAME_WORDS = 3
"""Words of a person's name read so: a given name, at most a middle one, a surname."""
_PERSON_WORDS = "correspondent|reporter|anchor|co-?host|host|presenter|producer|interviewer|editor|columnist|writer"
"""Words that call the one named after them a person of the newsroom ("our reporter Petra Lowe")."""


def label_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The people who may label a turn: ``mentions``' people, and those typed a body whose name is a person's (see the
    module)."""
    people = [m for m in mentions if m.kind == "person" and not m.demonym]
    known = {m.name for m in people}
    return people + [m for m in mentions if m.kind == "organization" and not m.demonym and m.name not in known
                     and _person_named(text, m.name)]


def _person_named(text: str, name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= MAX_LABEL_NAME_WORDS or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if not shaped_as_name(name):
        return False
    spelled = r"\s+".join(re.escape(w) for w in words)
    return words[0] in first_names() or re.search(rf"\b(?i:{_PERSON_WORDS}),?\s+{spelled}\b", text) is not None
