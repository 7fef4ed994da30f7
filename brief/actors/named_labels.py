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
    out = list(people)
    after: list[int] | None = None  # the places right after a newsroom word, found once, when a name asks
    for m in mentions:
        if m.kind != "organization" or m.demonym or m.name in known:
            continue
        named = _person_shaped(m.name)
        if named is None:
            after = [found.end() for found in _PERSON_WORD.finditer(text)] if after is None else after
            named = _written_after(text, m.name, after)
        if named:
            out.append(m)
    return out


_PERSON_WORD = re.compile(rf"\b(?i:{_PERSON_WORDS}),?\s+")
"""A newsroom word and what follows it up to the next word, where a name after it starts (one place per word: no
such word begins another, and a name's capital is neither a comma nor a space)."""


def _person_shaped(name: str) -> bool | None:
    """False for a name not shaped as a person's, True for one opening with a given name, None for the others: a
    person's only when written after a newsroom word (``_written_after``)."""
    words = name.split()
    if not 2 <= len(words) <= MAX_LABEL_NAME_WORDS or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if not shaped_as_name(name):
        return False
    return True if words[0] in first_names() else None


def _written_after(text: str, name: str, after: Sequence[int]) -> bool:
    """Whether the name is written at one of ``after``. Why these places: a search of the text for any newsroom
    word before the name (a pattern compiled per name, tried at every position of the text) found the same, at
    ~0.5 ms a name."""
    words = name.split()
    if words and not any(text.startswith(words[0], at) for at in after):
        return False  # the pattern opens with the first word as written: nowhere there, so none is compiled
    spelled = re.compile(r"\s+".join(re.escape(w) for w in words) + r"\b") if after else None
    return spelled is not None and any(spelled.match(text, at) for at in after)
