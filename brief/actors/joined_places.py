"""A place whose name holds "and": "Bosnia and Herzegovina", "Trinidad and Tobago", "the Turks and Caicos Islands".

Why: the tagger reads a few words at a time and tags each side of the "and" as a name of its own, so "Antigua
and Barbuda said" went to a body "Barbuda", and "the Turks and Caicos Islands" became Turkey (its people's name)
and "Caicos Islands". The gazetteer knows these countries and territories whole: a run it knows as one place,
over an "and", is one place whatever the tagger made of its parts.
"""

from __future__ import annotations

from brief.actors.gazetteer import phrase_table

_PLACE_CLASSES = frozenset({"CTRY", "PLACE"})
MAX_SIDE_WORDS = 3
"""Words on either side of the "and" read for a known name ("Saint Kitts | and | Nevis", "Turks | and | Caicos
Islands")."""


def with_joined_places(words: list[str], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans with each gazetteer place written over an "and" made one place (LOC), the tagger's parts of it
    dropped."""
    if "and" not in words:
        return spans
    table = phrase_table()
    out = list(spans)
    for i, word in enumerate(words):
        if word != "and" or i == 0:
            continue
        found = max(((a, b) for a in range(max(0, i - MAX_SIDE_WORDS), i)
                     for b in range(i + 2, min(len(words), i + 1 + MAX_SIDE_WORDS) + 1)
                     if table.get(tuple(words[a:b])) in _PLACE_CLASSES), key=lambda ab: ab[1] - ab[0], default=None)
        if found is None:
            continue
        a, b = found
        if any(s[0] <= a and b <= s[1] for s in out):
            continue  # read whole already (or inside a longer name: "the Bosnia and Herzegovina Football Federation")
        out = sorted([*(s for s in out if s[1] <= a or s[0] >= b), (a, b, "LOC")])
    return out
