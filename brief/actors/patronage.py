"""Support given as money or help, not a stance: "the company has also supported more than 60 art exhibitions",
"the Wing supports theatre education opportunities for young people", "in support of these opportunities".

Why: "support" states a stance when what is supported is a side, a plan or an idea ("supports the bill",
"supported Sanders", "vocally supported net neutrality protections"), and a deed when it is a patron's: works
staged, places run or people helped, paid for (the position gold's "deed": "have supported various projects in
the USA"). The object's head noun tells them apart: a noun of a funded thing, before any clause or quotation.
Only plural heads are taken: "supports the project" (a pipeline, a plan) is as often a stance.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.object_heads import WORD, object_phrase
from brief.actors.phrasing import verb_lemma

_FUNDED = frozenset(
    "projects exhibitions exhibits opportunities charities scholarships fellowships bursaries artists festivals "
    "productions renovations restorations concerts galleries museums schools hospitals clinics libraries theatres "
    "theaters orchestras choirs residencies workshops excavations expeditions".split())
"""Plural heads of what a patron pays for or helps run: works staged, places kept, people given a start."""
_OBJECT_END = re.compile(r"\s+(?:in|of|for|from|with|at|on|across|around|through|throughout|including|like|such|by|"
                         r"and|or|that|which|who|to)\b|[,.;:(“\"—–]")
"""Where the object's noun phrase ends: a preposition, a conjunction, a relative after its head, a mark."""
OBJECT_WORDS = 6
"""Words of the object's noun phrase up to its head ("more than 60 major art exhibitions"); a longer run is a clause."""


def funded_support(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "support" (the verb, or the noun with "of" or "for") of a funded thing (see the
    module's docstring)."""
    words = [w.lower() for w in WORD.findall(text, *attribution.cue)]
    if words and words[-1] in ("of", "for"):
        words = words[:-1]
        if not words or words[-1] != "support":
            return False
    if not words or verb_lemma(words[-1]) != "support" or attribution.quote:
        return False
    phrase = WORD.findall(object_phrase(text, attribution, _OBJECT_END))
    return 0 < len(phrase) <= OBJECT_WORDS and phrase[-1].lower() in _FUNDED
