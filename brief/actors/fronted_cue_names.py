"""A speaker's name read into an inverted cue that opens its sentence: "Said Davis: “We have concluded ...”".

Why: the cue tagger took "Said Davis:" whole for the cue when one capitalised word follows the verb (it splits
"Said Ms Davis:" right), so the quotation had a cue and no source and was no one's. A sentence that opens with a
verb of saying in the past, then a name and a colon or a comma before a quotation, is inverted: the verb is the cue
and the name its source, as "said Davis" after a quotation is.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

FRONTED_VERBS = frozenset("said added says adds wrote explained continued noted insisted argued recalled".split())
"""Verbs of saying that open an inverted frame at a sentence's start ("Said X:", "Added X:", "Wrote X:")."""
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|van|von|al-\w+|bin))*"
_FRONTED = re.compile(rf"([A-Z][a-z]+)\s+({_NAME}?)\s*[:,]?\s*$")
"""The cue's words: the capitalised verb, then the name, then the colon or comma before the quotation."""


def fronted_cue_names(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions, with each sourceless cue that is a fronted verb and a name split into the two."""
    out = []
    for a in attributions:
        found = _FRONTED.match(text, *a.cue) if a.source is None else None
        if found is not None and found.group(1).lower() in FRONTED_VERBS and _opens_sentence(text, a.cue[0]):
            a = dataclasses.replace(a, cue=found.span(1), source=found.span(2))
        out.append(a)
    return out


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but a paragraph's or a sentence's end, or an opening mark, before the cue."""
    before = text[max(0, start - 3) : start].rstrip(" \t“\"'‘")
    return not before or before[-1] in ".!?\n”\""
