"""An indefinite pronoun the tagger typed a name: "“Nobody told us anything,” he said", "Everyone in the stadium
saw it".

Why: at a sentence's or a quotation's opening the pronoun is capitalised, and the tagger may read it as a body or a
person; such a word names no one, so it is never an actor, whatever kind it was given.
"""

from __future__ import annotations

from brief.actors.mentions import Mention

INDEFINITE_PRONOUNS = frozenset(
    "nobody noone none everyone everybody everything someone somebody anyone anybody nothing something anything "
    "whoever".split())
"""Pronouns that stand for no one in particular."""


def pronouns_dropped(mentions: list[Mention]) -> list[Mention]:
    """The mentions less those whose whole name is an indefinite pronoun."""
    return [m for m in mentions if m.name.lower() not in INDEFINITE_PRONOUNS]
