"""A person's domestic staff, who speak for themselves: "The banker's housekeeper told the court", "a member of the
singer's household staff testified".

Why: a body's staff or a person's spokesperson speak for their employer (``brief.actors.source_words.OUTSIDERS``
reads them apart only when they deal with it from outside), so a source of a name's possessive and a worker's noun
went to the name. A household's workers are no voice of their employer: a housekeeper, a driver or "household staff"
give their own account (as witnesses, most often, of what the employer did), so the name they are described by is
not the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

DOMESTIC_WORKERS = frozenset("housekeeper housekeepers maid maids butler butlers nanny nannies chauffeur chauffeurs "
                             "gardener gardeners cook cooks housemaid housemaids valet valets governess "
                             "caretaker caretakers".split())
"""Workers of a person's household, named by their work."""
HOUSEHOLD_WORDS = frozenset("household domestic house".split())
"""Words that make staff a household's ("household staff", "domestic staff")."""
STAFF_WORDS = frozenset("staff staffer staffers worker workers employee employees servant servants help".split())
"""Nouns of staff in general, a household's when ``HOUSEHOLD_WORDS`` stands before."""


def domestic_staff(words: Sequence[str], noun: str) -> bool:
    """Whether the source's head ``noun`` (lower case, ``words`` the source's) names a household's workers."""
    if noun in DOMESTIC_WORKERS:
        return True
    if noun not in STAFF_WORDS or noun not in words:
        return False
    at = len(words) - 1 - list(reversed(words)).index(noun)
    return at >= 1 and words[at - 1] in HOUSEHOLD_WORDS
