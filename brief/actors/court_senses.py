"""Cue verbs in their court sense: "the judge admitted evidence of the blood tests" (allowing evidence into a
trial), "the court admitted the recordings as exhibits". The cue model reads "admitted" as a confession
("admitted the charge", "admitted that ...") from its place after a subject.

Why: evidence, testimony or exhibits as the object, with no clause after them ("admitted evidence was
destroyed" is a confession of a fact), are what a judge lets in, a ruling's act with nothing owned up to.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_EVIDENCE_THEN = re.compile(
    r"\s+(?:(?:the|this|that|such|new|further|key|crucial|disputed|fresh)\s+){0,2}"
    r"(?:evidence|testimony|exhibits?|recordings?|transcripts?|statements?\s+(?:of|from|by))"
    r"(?=\s+(?:of|from|about|obtained|seized|gathered|taken|that\s+(?:was|were|had\s+been)|which|as|into|at|in)\b"
    r"|\s*[,.;]|\s*$)")
"""Evidence or its forms as the object, then what it was of, from where, or the clause's end."""


def admitted_in_court(text: str, attribution: Attribution) -> bool:
    """ "The judge admitted evidence of the blood tests": evidence allowed in court, no confession."""
    words = re.findall(r"[A-Za-z]+", text[attribution.cue[0] : attribution.cue[1]])
    return (bool(words) and verb_lemma(words[-1].lower()) == "admit" and not attribution.quote
            and _EVIDENCE_THEN.match(text, attribution.cue[1]) is not None)
