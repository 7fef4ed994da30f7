"""A force named after two areas: "Devon and Cornwall Police", "Avon and Somerset Constabulary",
"Hereford and Worcester Fire and Rescue Service"; a hospitals' trust or health board too.

Why: the tagger reads "Devon and" as a first name and a joining word, and tags only "Cornwall Police"
as the body, so the force's words went to a body no one named, and "Devon" to a person. A force's name
is the areas it serves and its head word; a single capitalised word joined by "and" right before a
force read as one area and its head is the force's first area. Nor does a person's name end in a
force's head word: "Hampshire Constabulary" read as a person is the force.
"""

from __future__ import annotations

from brief.actors.possessive_names import capitalised_word

FORCE_HEADS: tuple[tuple[str, ...], ...] = (
    ("Police",), ("Constabulary",), ("Fire", "and", "Rescue", "Service"), ("Fire", "Service"),
    ("Ambulance", "Service"), ("Fire", "Brigade"),
    *((*hospitals, "NHS", *trust) for hospitals in (("Hospitals",), ("University", "Hospitals"), ("Teaching", "Hospitals"))
      for trust in (("Trust",), ("Foundation", "Trust"))),
    ("Health", "Board"), ("University", "Health", "Board"),
)
"""The words a force's name ends in after its areas (an area's police, fire or ambulance service), and a health
service's, which British papers name so too ("Brackley and Wendmoor Hospitals NHS Trust", "Cardiff and Vale
University Health Board")."""
_OPENERS = frozenset({"The", "A", "An", "But", "And", "Meanwhile"})
"""Capitalised words before the first area that open a sentence rather than a longer name."""


def _head_after_area(words: list[str], a: int, b: int) -> bool:
    """Whether the span ``a:b`` is one capitalised area word and a force's head ("Cornwall Police")."""
    return capitalised_word(words[a]) and any(tuple(words[a + 1 : b]) == head for head in FORCE_HEADS)


def _ends_in_head(words: list[str], a: int, b: int) -> bool:
    """Whether the span ``a:b`` ends in a force's head after at least one word ("Hampshire Constabulary")."""
    return any(b - a > len(head) and tuple(words[b - len(head) : b]) == head for head in FORCE_HEADS)


def with_shared_forces(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each "<Area> and <Area> <force head>" made one body (ORG), and a person's span
    ending in a force's head read as the body."""
    out = [(a, b, "ORG") if label == "PER" and _ends_in_head(words, a, b) else (a, b, label) for a, b, label in spans]
    for force in list(out):
        a, b, label = force
        if label != "ORG" or a < 2 or words[a - 1] != "and" or not _head_after_area(words, a, b):
            continue
        if not capitalised_word(words[a - 2]) or a >= 3 and capitalised_word(words[a - 3]) and words[a - 3] not in _OPENERS:
            continue  # "Devon and": one area word; not a longer name ("Dunmere Town and Cornwall Police")
        left = next((s for s in out if s[0] <= a - 2 < s[1]), None)
        if left is not None and left[0] != a - 2:
            continue  # a span running over the area word is another reading
        out = sorted([*(s for s in out if s is not left and s is not force), (a - 2, b, "ORG")])
    return out
