"""Whom an office written by its initials addresses is not its holder: "The CMO told Ronan Feeley that ...".

Why: ``grouping`` joins an office's initials ("CMO") to the one person named in full in its first sentence
or the next, for the holder is usually named beside it ("CMO Dr Tony Holohan", "the CMO, Dr Tony Holohan,").
A person named after the office in that sentence right after a verb or a linking word ("told", "briefed",
"wrote to", "and") is the one the office speaks to or stands beside, someone else: joining them gave the
addressee the office's words and the "He also warned" after them.
"""

from __future__ import annotations

from brief.actors.mentions import Mention

_LINKS = frozenset("told met wrote sent gave sought took saw tells meets writes to with and by than".split())
"""Words before a name that make it the office's object or partner, not its apposition: irregular verbs of
speaking or meeting, their present forms, prepositions and "and" (regular past forms end in "-ed")."""


def acted_on(office: Mention, person: Mention) -> bool:
    """Whether ``person`` stands after ``office`` in its sentence right after a verb or a linking word."""
    word = person.after
    return (person.article == office.article and person.sentence == office.sentence and person.start > office.end
            and word.isalpha() and (word in _LINKS or (word.endswith("ed") and len(word) > 3)))
