"""A name set off in commas after a sentence's opening description is its subject: "Finally, one of the engineers
in the room, Ron Dale, started shouting at Varga", "A neighbour, Ada Quinn, called the police", "One witness, Eli
Rand, gave evidence", "His neighbour, Moira Blane, disagreed".

Why: a "he" or "she" in the next sentence goes on with a person newly brought in as the sentence's subject
(``introduced_subjects.introduced_subject``), but a name in apposition to a description that opens the sentence stood
after that description, where no opening is looked for; the pronoun then went on with the last speaker or the
last name (the one shouted at), and that person was given the words said to them.
"""

from __future__ import annotations

import re

from brief.actors.content_ends import finite_word

_OPENING = re.compile(
    r"(?:^|\n|[.!?][\"”’']?\s)\s*(?:(?:Finally|Then|Later|Eventually|Soon|Afterwards|Moments later),\s+)?"
    r"(?:[Oo]ne\s+of|[Tt]wo\s+of|[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s)\s+[^,.;:!?\"“”\n]{3,80},\s+$")
"""A sentence's opening (an adverb of time and its comma, perhaps) and a description that ends at the apposition's
comma ("one of the engineers in the room, ", "One witness, "), or someone's relation to a person named ("His neighbour, ",
"Hastings's lawyer, ")."""
_NAME_THEN_VERB = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*,\s*(?:[a-z]+ly\s+)?([a-z]+)\b")
"""The name, the comma that closes the apposition and the clause's first word (its verb, after an adverb)."""
REACH = 120
"""Characters before the name read for the opening and its description."""


def apposed_to_opening(text: str, start: int) -> bool:
    """Whether the name at ``start`` is set off in commas after its sentence's opening description and followed
    by a finite verb: the sentence's subject."""
    if _OPENING.search(text, max(0, start - REACH), start) is None:
        return False
    after = _NAME_THEN_VERB.match(text, start)
    return after is not None and finite_word(after.group(1))
