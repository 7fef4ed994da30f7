"""Languages named as languages: "prayed in Lakota", "speak Navajo at home", "Cherokee speakers" are no actors.

Why: the tagger reads a capitalised word after "in" as a place ("in Lakota"), and a language named four times in
a story about it became a place among its actors. A language is known by name (ISO 639, through pycountry, which
the gazetteer already reads), and the text shows it is one by the words around it. A name every writing of which
reads as a language is dropped; one written once as a place or a people that acts ("the Lakota say") stays.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

import pycountry

from brief.actors.mentions import Mention
from brief.actors.personhood import known_place

_BEFORE = re.compile(r"\b(?:in|speaks?|spoke|spoken|speaking|learn(?:s|ed|t|ing)?|teach(?:es|ing)?|taught|"
                     r"fluent|translated\s+into|written\s+in|words?\s+for)\s+$", re.I)
"""Words before a language's name ("in Lakota", "speak Navajo", "taught Cherokee")."""
_AFTER = re.compile(r"(?:-speaking|-language|\s+(?:language|languages|speakers?|lessons?|classes|words?|"
                    r"translation|dialects?|immersion|alphabet|grammar|vocabulary)\b)")
"""Words after it ("Lakota speakers", "a Navajo-language radio station")."""
BEFORE_REACH = 22
"""Characters read before a name for ``_BEFORE`` (the longest phrase and a space)."""


@cache
def _languages() -> frozenset[str]:
    return frozenset(lang.name for lang in pycountry.languages if " " not in lang.name)


def _as_language(text: str, m: Mention) -> bool:
    return bool(_BEFORE.search(text, max(0, m.start - BEFORE_REACH), m.start) or _AFTER.match(text, m.end))


def languages_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions less the names of languages that every writing reads as one (and no place the gazetteer
    knows: "in Georgia" is the place, whatever its language is called)."""
    writings: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind != "person" and not m.demonym and m.name in _languages():
            writings[m.name].append(m)
    dropped = {name for name, ms in writings.items()
               if not known_place(name) and all(_as_language(text, m) for m in ms)}
    return [m for m in mentions if m.name not in dropped] if dropped else list(mentions)
