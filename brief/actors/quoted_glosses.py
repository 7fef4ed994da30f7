"""Where a quotation's content stops when the writer glosses it after the closing mark: "Selig said: “It's a matter
under review,” perhaps hinting that officials could face discipline", "told reporters, “We will finish by spring,”
possibly signalling that no ruling would come before the season".

Why: the cue model runs a content to the sentence's end. A participle of inference ("hinting", "suggesting",
"signalling") after the closing mark, with or without a hedging adverb, is the writer reading the words: what they
may mean, not anything the speaker said. The speaker's words stop at the mark that closes them. The participle
itself, when a hedge stands before it ("perhaps hinting", "possibly signalling"), is the writer's guess at what was
meant and no statement of the speaker's, after a quotation or a reported clause alike.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import open_quotation
from brief.actors.statements import QUOTE_MARKS

_CLOSING_MARK = re.compile("[”\"]")
_HEDGE = r"(?:perhaps|possibly|probably|apparently|seemingly|presumably|likely|maybe|arguably)"
"""Adverbs by which the writer marks a reading of the words as a guess."""
_INFERRING = r"(?:hinting|suggesting|signalling|signaling|indicating|implying|alluding|insinuating)"
"""Participles of inference: what the words may mean."""
_GLOSS = re.compile(rf"\s*,?\s*(?:{_HEDGE}\s*,?\s+)?{_INFERRING}\b", re.I)
"""A comma, a hedge the writer may put before it, and a participle of inference."""
_HEDGED_GLOSS = re.compile(rf"\s*,\s*{_HEDGE}\s*,?\s+{_INFERRING}\b", re.I)
"""A hedged participle of inference after a reported clause: the writer's reading, where the clause stops."""
_HEDGED = re.compile(rf",[”\"’']?\s*{_HEDGE}\s+(?:{_INFERRING}\b.*)?$", re.I | re.S)
"""A comma (inside a closing mark or not) and a hedge before the cue, or inside it ("..., perhaps | hinting",
"...,” | perhaps hinting")."""
HEDGE_REACH = 20
"""Characters read before the cue for the comma and the hedge (", presumably " is the longest)."""


def before_quoted_gloss(text: str, attribution: Attribution) -> Attribution:
    """The content cut at the closing mark of a quotation the writer then glosses (see the module's docstring)."""
    start, end = attribution.content
    if start < attribution.cue[1]:
        return attribution
    for mark in _CLOSING_MARK.finditer(text, start + 1, end):
        if not open_quotation(text[start : mark.start()]) or _GLOSS.match(text, mark.end(), end) is None:
            continue
        whole = text[start] in "“\"" and not QUOTE_MARKS.search(text, start + 1, mark.start())
        return dataclasses.replace(attribution, content=(start, mark.end()), quote=attribution.quote or whole)
    for gloss in _HEDGED_GLOSS.finditer(text, start, end):  # "said the vote was fair, perhaps suggesting ..."
        if gloss.start() > start and not open_quotation(text[start : gloss.start()]):
            return dataclasses.replace(attribution, content=(start, gloss.start()))
    return attribution


def hedged_inference(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a participle of inference with the writer's hedge before it ("..., perhaps hinting that
    officials could face discipline"): the writer's guess, no position of the speaker's."""
    cue = text[attribution.cue[0] : attribution.cue[1]]
    if re.search(rf"\b{_INFERRING}$", cue, re.I) is None:
        return False
    return _HEDGED.search(text, max(0, attribution.cue[0] - HEDGE_REACH), attribution.cue[1]) is not None
