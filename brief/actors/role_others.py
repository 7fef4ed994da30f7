"""People named before a person's title by "of" or "to": "officials of former President X", "supporters
of Governor X", "aides to Senator X". The plural names others (who serve, back or follow the person), so
it is no part of the person's role ("former President", "Governor", "Senator"). So is a word that opens a pair of
people ("Both U.S. President X and Prime Minister Y"): it is the pair's, not the first one's title.
"""

from __future__ import annotations

from collections.abc import Sequence

_LINKS = frozenset(("of", "to"))
PAIRING_WORDS = frozenset("both either neither".split())
"""Words that open a coordination of two people, each titled ("Both Harlow mayor X and Kestrel mayor Y")."""


def others_before(words: Sequence[str]) -> int:
    """How many words open a role with a plural of people and its link ("officials of"): 2; with a pairing word
    ("Both"): 1; else 0."""
    if len(words) >= 2 and words[0].lower() in PAIRING_WORDS:
        return 1
    if len(words) < 3 or words[1].lower() not in _LINKS:
        return 0
    plural = words[0].lower()
    if not plural.endswith("s") or plural.endswith("ss"):
        return 0
    singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    # imported here: the lists of people's nouns are built on modules that read roles
    from brief.actors.groups import people_noun
    from brief.actors.person_nouns import one_person

    return 2 if people_noun(plural) or one_person(singular) else 0
