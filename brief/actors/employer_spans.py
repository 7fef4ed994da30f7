"""A name the tagger labelled MISC (a product's, an event's, a nationality's label) that the words around
it show employing people: "a spokesperson for First Leeds", "executives at Bluecrest Games". Names that
open with an ordinal or a common word ("First Leeds", "Standard Life") read to the tagger as a label, not a
body; a spokesperson or a staff speaks for a body only."""

from __future__ import annotations

STAFF_BEFORE = frozenset({
    ("spokesman", "for"), ("spokeswoman", "for"), ("spokesperson", "for"), ("spokesman", "at"),
    ("spokeswoman", "at"), ("spokesperson", "at"), ("representative", "for"), ("representative", "of"),
    ("executives", "at"), ("employees", "at"), ("employees", "of"), ("staff", "at"), ("officials", "at"),
})
"""The two words before a body's name that name its staff (an event has organisers, not a spokesperson at it)."""
STAFF_AFTER = frozenset("spokesman spokeswoman spokesperson chairman chairwoman ceo".split())
"""Words after a name's possessive that name its officer ("First Leeds' spokesman")."""
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _employs(words: list[str], a: int, b: int) -> bool:
    before = tuple(w.lower() for w in words[max(0, a - 2) : a])
    after = [w.lower() for w in words[b : b + 2]]
    return before in STAFF_BEFORE or len(after) == 2 and after[0] in _POSSESSIVES and after[1] in STAFF_AFTER


def with_employers(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans, a MISC name that employs staff read as an organisation's."""
    return [(a, b, "ORG") if label == "MISC" and _employs(words, a, b) else (a, b, label) for a, b, label in spans]
