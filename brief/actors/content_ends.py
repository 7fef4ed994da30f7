"""Where reported content really starts and ends, when the cue model took words that are not the statement.

Two shapes the model gets wrong the same way on any site:

- an effect clause run on after the statement: "The minister announced the cuts on Tuesday, sparking
  protests across the country": the protests are the reporter's account of what followed, not what the
  minister announced; the content stops before ", sparking" (``cue_shapes.EFFECT_VERBS`` are the verbs of
  effect, the ones ``cue_shapes.effect_participle`` drops as cues of their own);
- a fronted question frame with the answer quoted after the cue, no colon between: "Asked what he had
  learned, the leader said “not much.”": the model gave the question for what was said; the answer is the
  quotation (``statements.content_after_fronted`` takes the colon-and-quotation case).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.cue_shapes import EFFECT_VERBS
from brief.actors.cues import lemma

_EFFECT_CLAUSE = re.compile(r",\s*(?:(?:thus|thereby|further|also|[a-z]+ly)\s+)?([a-z]+ing)\b(?=[ \t]+[\w'’$])")
"""A comma, at most a linking adverb, and a participle with a word after it (its object): "..., sparking
protests", "..., thereby angering residents". No "and": "..., and raising taxes" may be a second thing said."""
_NO_OBJECT = re.compile(r"[ \t]+(?:that|whether|if|how|what|why|when|about|of|over|at|on|in|to)\b", re.I)
"""A clause or a preposition after the participle ("prompting that ..." is rare, "worrying about"): not an
effect on an object; left alone (``cue_shapes.effect_participle`` asks the same)."""
_QUOTE_MARK = re.compile("[\"“”«»]")


def before_effect(text: str, attribution: Attribution) -> Attribution:
    """The reported content cut before a set-off participle of effect with its object ("announced the cuts on
    Tuesday, sparking protests across the country" → "the cuts on Tuesday"). Quotations keep their words
    (what a speaker said may hold such a participle), and so does content with a quotation mark in it, and
    the content of "according to", which is the source's whole account as the reporter gives it ("According
    to NASA, the minerals rust, causing the soil to look red": the cause is NASA's explanation)."""
    start, end = attribution.content
    if (attribution.quote or start < attribution.cue[1] or _QUOTE_MARK.search(text, start, end)
            or text[attribution.cue[0] : attribution.cue[1]].lower().startswith("according")):
        return attribution
    for found in _EFFECT_CLAUSE.finditer(text, start, end):
        if lemma(found.group(1)) in EFFECT_VERBS and _NO_OBJECT.match(text, found.end()) is None:
            cut = found.start()
            return dataclasses.replace(attribution, content=(start, cut)) if cut > start else attribution
    return attribution


_FRONTED_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ed|ing)\b")
"""A capitalised participle opening the content: "Asked what ...", "Pressed on ...", "Speaking to ...": a
frame fronted before the source, never a statement of the source's own."""
_THEN_QUOTE = re.compile(r"\s*:?\s*([“\"])")
"""Right after the cue, an optional colon and an opening quotation mark."""
_CLOSING = {"“": "”", '"': '"'}
FRAME_REACH = 60
"""Characters from the fronted frame's closing comma to the cue: a source with its title ("council leader Jo
Bloggs") fits; a longer stretch may hold a clause of its own (set by hand)."""


def answer_after_frame(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """ "Asked what he had learned, the leader said “not much.”": the model took the fronted participle
    frame before the source for the content; what was said is the quotation right after the cue, up to its
    closing mark."""
    start, end = attribution.content
    if attribution.quote or end > attribution.cue[0] or not _FRONTED_PARTICIPLE.match(text, start):
        return attribution
    between = text[end : attribution.cue[0]]
    if not between.lstrip().startswith(",") or len(between) > FRAME_REACH or _QUOTE_MARK.search(between):
        return attribution
    opening = _THEN_QUOTE.match(text, attribution.cue[1])
    if opening is None:
        return attribution
    close = text.find(_CLOSING[opening.group(1)], opening.end(1), sentence_end + 1)
    if close < 0:
        return attribution
    return dataclasses.replace(attribution, content=(opening.start(1), close + 1), quote=True)
