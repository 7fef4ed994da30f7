"""Verbs of choosing or trying with an infinitive: "decided to tell its story chronologically", "prefers not to
talk about it", "repeatedly sought to make X an issue", "struggles to explain". What the infinitive names is
something the actor means to do, not something said or asked for: a choice or an attempt is a deed (the judged
sample counts every one of these as one), so no position. "Wants to", "hopes to" and "refuses to" stay: a wish,
a hope and a refusal are stances. "Plans to" stays too: the sample judges a plan a deed, but the news attribution
gold (PolNeAR) counts "X plans to visit" as X's stated intent, and dropping it loses its attributions.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

INTENDING = frozenset({"prefer", "decide", "seek", "struggle", "attempt", "try"})
"""Verbs whose infinitive is the actor's own next act (a choice, an attempt); "plan", "want", "hope", "aim",
"refuse", "vow" and "promise" are left out: they state a wish, a refusal or a pledge."""
_INFINITIVE = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
"""The infinitive right after the verb, with its negation ("prefers not to talk")."""
_AUXILIARIES = frozenset(
    "is are was were be been being am has have had will would may might could should can must does do did also still "
    "now not never already then soon once".split())
"""Words that may stand before the verb inside the cue ("is planning", "had decided"); any other word (a verb,
an article: "unveiled a plan to", "announced plans to") makes the intending word a noun or another verb's object,
where the plan is a thing announced, which keeps its position."""


def intended_deed(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a verb of ``INTENDING`` with an infinitive after it ("prefers not to talk", "decided
    to tell", "sought to make"): the actor's own next act, no position."""
    start, end = attribution.cue
    for word in re.finditer(r"[A-Za-z]+", text[start:end]):
        lower = word.group().lower()
        if verb_lemma(lower) in INTENDING:
            return _INFINITIVE.match(text, start + word.end()) is not None
        if lower not in _AUXILIARIES and not lower.endswith("ly"):
            return False  # "unveiled a plan to", "announced plans to"
    return False
