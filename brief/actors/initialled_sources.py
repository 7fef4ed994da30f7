"""A source that starts after the initials opening its name: "J.P. Morgan analysts said", read "Morgan analysts".

The model's source span may start after a name's dotted initials, whose dots it took for a sentence's end, and
the resolver, reading only the names within the source, found no firm but a group named "Morgan analysts".
Initials written right before the source's capitalised first word open its name, unless they end the
sentence before: a country's ("the U.S. Analysts said"), or an object's after a preposition or an article
("at the U.N. Diplomats said", "based in D.C. Officials said").
"""

from __future__ import annotations

import re

from brief.actors.gazetteer import is_country

_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[\s“\"(]))((?:[A-Z]\.\s?){2,3})$")
"""Two or three dotted capitals and a space at most after each, right before the source: "J.P. ", "J. P. "."""
INITIALS_REACH = 10
"""Characters before the source searched for its initials: three dotted capitals and their spaces."""
_OBJECT_BEFORE = re.compile(r"\b(?:the|in|of|at|from|to|for|by|with|on|into|across|near)\s+$", re.I)
"""Words after which initials are an object, the sentence before ending with them ("in the U.N.")."""


def over_initials(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """The source run back over the initials that open its name (``_INITIALS_BEFORE``), or as it is."""
    start, end = source
    if not text[start : start + 1].isupper():
        return source
    m = _INITIALS_BEFORE.search(text, max(0, start - INITIALS_REACH), start)
    if m is None or is_country(m.group(1).strip()) or is_country(m.group(1).replace(" ", "").strip()):
        return source
    if _OBJECT_BEFORE.search(text, max(0, m.start(1) - INITIALS_REACH * 2), m.start(1)):
        return source
    return (m.start(1), end)
