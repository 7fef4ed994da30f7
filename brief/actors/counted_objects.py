""" "Minister Lin Mei-hua set two conditions for talks ..., but said the time was not ripe": the source tagger took
"two", the number that counts the first verb's object, as the subject of "said". A number word followed by the
noun it counts, inside the predicate before the cue, is an object's determiner, never who speaks: the source is
dropped, and the coordinated cue goes back to the subject that opens the sentence
(``sentence_subjects.coordinated_subject``).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve dozens hundreds thousands several".split())
"""Number words that count a noun after them ("two conditions", "several demands")."""
_COUNTED = re.compile(r"\s+[a-z][\w-]*s\b")
"""The plural noun a number word counts, right after it ("two conditions")."""
_VERB_BEFORE = re.compile(r"\b[a-z][\w-]*\s+$")
"""A lower-case word right before the number (the verb whose object it counts: "set two"), not a sentence's opening."""


def without_counted_objects(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with a counted object's number word dropped as their source (see the module's docstring)."""
    out = []
    for a in attributions:
        source = text[a.source[0] : a.source[1]] if a.source is not None else ""
        if (a.source is not None and source in _NUMBERS and a.source[1] < a.cue[0]
                and _COUNTED.match(text, a.source[1]) and _VERB_BEFORE.search(text, max(0, a.source[0] - 30), a.source[0])):
            a = dataclasses.replace(a, source=None)
        out.append(a)
    return out
