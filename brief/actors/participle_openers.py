"""A participle that opens a sentence is no name: "Reacting, the President of the NLC, Joe Ajaero, said ...".

Nigerian, Ghanaian and Indian papers open a speaker's paragraph with a participle and a comma
("Reacting,", "Speaking,", "Continuing,", "Responding to the question,"); capitalised there, the tagger
reads the one word as a person, who then took the statement from the person the sentence names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from brief.actors.mentions import Mention
from brief.actors.phrasing import is_noun, verb_lemma

OPENING = re.compile(r"(?:^|\n|[.!?][\"”’']?\s)\s*$")
"""What stands before a sentence's first word: a line's start or a full stop."""
_AFTER = re.compile(r"\s*,|\s+(?:to|on|at|with|about|in|after|during|from|for|as)\b")
"""What follows an opening participle: its comma, or the preposition its phrase goes on with."""
OPENING_REACH = 4
"""Characters before the word read for the sentence's opening (a quote mark and a space)."""


def _participle(word: str) -> bool:
    lowered = word.lower()
    if not lowered.endswith("ing") or is_noun(lowered):
        return False
    base = verb_lemma(lowered)
    return base is not None and base != lowered


def _opening_participle(text: str, m: Mention) -> bool:
    return (" " not in m.surface and _participle(m.surface) and _AFTER.match(text, m.end) is not None
            and OPENING.search(text, max(0, m.start - OPENING_REACH), m.start) is not None)


def participles_dropped(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without one-word names that are a participle opening their sentence ("Reacting,",
    "Speaking to journalists,"): no dictionary noun, a comma or a preposition right after, and the word
    no part of a longer name and never a name anywhere else ("Chelsea Manning ... Manning, 35, said")."""
    return openers_dropped(mentions, lambda m: _opening_participle(text, m))


def openers_dropped(mentions: list[Mention], opener: Callable[[Mention], bool]) -> list[Mention]:
    """The mentions without those ``opener`` accepts (a word opening its sentence that is no name there), unless
    their word is part of a name elsewhere in the text."""
    openers = {m.surface for m in mentions if opener(m)}
    if not openers:
        return mentions
    names = {w for m in mentions if not opener(m) for w in m.name.split()}
    dropped = openers - names
    return [m for m in mentions if not (m.surface in dropped and opener(m))]
