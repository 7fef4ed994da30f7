"""A cue in the imperative: "Don't tell me that in an interview for the first time!", "Tell me about your
first pitch."

Why: the cue model tags "tell" and "say" wherever they stand, and with no subject in the sentence the last
speaker was taken to go on ("Don't tell me that ..." under the guest the host was teasing). An imperative has
no subject: it asks the listener to say or not say something, and states nothing of the speaker's own.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_IMPERATIVE = re.compile(r"(?:(?:do\s+not|don['’]t|never|please)\s+)?(?P<verb>[A-Za-z]+)", re.I)
"""A cue of one bare verb, with "don't", "never" or "please" before it."""
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][”\"’)]?\s+|\n\s*|[“\"‘]\s*)$")
"""What stands right before a sentence's first word: the text's start, a sentence's end, a line's start or an
opening quotation mark."""


def imperative_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue opens its sentence as an imperative: a bare verb ("Tell", "Don't tell"), with no source
    after it (a source before it, in an earlier sentence, is the model's guess: "(She smacks DuVernay.) Don't
    tell me ...")."""
    if attribution.source is not None and attribution.source[0] > attribution.cue[0]:
        return False
    found = _IMPERATIVE.fullmatch(" ".join(text[attribution.cue[0] : attribution.cue[1]].split()))
    if found is None:
        return False
    verb = found.group("verb").lower()
    if verb_lemma(verb) != verb:
        return False  # "Says Smith", "Added the mayor": an inverted frame, its source after
    return _SENTENCE_OPENS.search(text, max(0, attribution.cue[0] - 4), attribution.cue[0]) is not None
