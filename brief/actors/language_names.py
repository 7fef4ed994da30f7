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
from brief.actors.phrasing import is_noun, verb_lemma

_BEFORE = re.compile(r"\b(?:in|speaks?|spoke|spoken|speaking|learn(?:s|ed|t|ing)?|teach(?:es|ing)?|taught|"
                     r"fluent|translated\s+into|written\s+in|words?\s+for)\s+$", re.I)
"""Words before a language's name ("in Lakota", "speak Navajo", "taught Cherokee")."""
_AFTER = re.compile(r"(?:-speaking|-language|\s+(?:language|languages|speakers?|lessons?|classes|words?|"
                    r"translation|dialects?|immersion|alphabet|grammar|vocabulary)\b)")
"""Words after it ("Lakota speakers", "a Navajo-language radio station")."""
_OWNED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)\s+(?:[a-z]+\s+)?$")
"""An article or an owner before it, maybe with one describing word: "a Punjabi curse", "his colloquial Punjabi
insult"; not "the", which a people that acts takes ("the Lakota say")."""
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
"""The lower-case word after it, a noun the language describes ("a Punjabi curse", "his Punjabi defence")."""
OWNED_REACH = 30
"""Characters read before a name for ``_OWNED_BEFORE`` (an owner and a describing word)."""
BEFORE_REACH = 22
"""Characters read before a name for ``_BEFORE`` (the longest phrase and a space)."""


EVERYDAY_NAMES = frozenset("Punjabi Farsi Mandarin Cantonese Pashto Swahili Gaelic Sinhalese Nepali Malay Greek".split())
"""Languages English names otherwise than ISO 639 does ("Panjabi", "Persian", "Mandarin Chinese", "Modern Greek"):
news writes the everyday name."""


@cache
def _languages() -> frozenset[str]:
    return frozenset(lang.name for lang in pycountry.languages if " " not in lang.name) | EVERYDAY_NAMES


@cache
def _major_languages() -> frozenset[str]:
    """Languages with a two-letter code (the ~180 most spoken) and the everyday names: only these are read as an
    adjective before a noun, as ISO 639's thousands of small languages hold surnames ("Kim", "Ali") and words."""
    return frozenset(lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2")) | EVERYDAY_NAMES


def _describes_noun(text: str, m: Mention) -> bool:
    """ "a Punjabi curse": the language's adjective before a noun after an article or an owner (a bare form that is
    a verb as well, "curse", reads as the noun there; an inflected verb, "a Lakota elder says", does not)."""
    if m.name not in _major_languages():
        return False
    after = _NOUN_AFTER.match(text, m.end)
    word = after.group(1) if after else ""
    return (bool(word) and is_noun(word) and verb_lemma(word) in (None, word)
            and _OWNED_BEFORE.search(text, max(0, m.start - OWNED_REACH), m.start) is not None)


def _as_language(text: str, m: Mention) -> bool:
    return bool(_BEFORE.search(text, max(0, m.start - BEFORE_REACH), m.start) or _AFTER.match(text, m.end)
                or _describes_noun(text, m))


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
