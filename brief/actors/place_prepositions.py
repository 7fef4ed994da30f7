"""The prepositions that set a name as a place, one list for every rule that reads the word before a name.

"Jailed in Las Vegas", "a rally across northern Colorado", "the game at Carrow Road": a name after one of these is
where something happens, not a party to it, and several rules ask so (a country merely the setting, a city that is
the venue and not the club, a one-word "person" the text mostly puts after them, a street name that is also a
surname). Each once kept its own list; each now reads this one, and says what it adds or leaves out and why.
"""

from __future__ import annotations

PLACE_PREPOSITIONS = frozenset("in at from to into across near throughout within inside outside around".split())
"""Prepositions that put the name after them where something is or happens ("in", "across", "outside")."""
PLACE_PREPOSITIONS_PATTERN = "|".join(sorted(PLACE_PREPOSITIONS, key=lambda word: (-len(word), word)))
"""The same as a regular-expression alternation, longest first ("into" before "in")."""
