"""Questions ignored: "the defender ignored questions from reporters as he left the ground". Leaving questions
unanswered says nothing; the cue model reads "ignored" as a stance ("ignored the warnings of his advisers").

Why: the things ignored here are asked of the subject (questions, queries, requests for comment, messages): not
answering them is silence, not a side taken.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_ASKED = re.compile(r"\s+(?:(?:the|all|repeated|several|further|shouted|reporters'|journalists')\s+){0,2}"
                    r"(?:questions?|queries|query|inquiries|enquiries|messages|e-?mails|phone\s+calls|"
                    r"requests?\s+for\s+(?:comment|an\s+interview|interviews))\b", re.I)
"""What is asked of someone and can go unanswered."""


def ignored_questions(text: str, attribution: Attribution) -> bool:
    """ "The defender ignored questions from reporters": silence, no position."""
    words = re.findall(r"[A-Za-z]+", text[attribution.cue[0] : attribution.cue[1]])
    return (bool(words) and verb_lemma(words[-1].lower()) == "ignore" and not attribution.quote
            and _ASKED.match(text, attribution.cue[1]) is not None)
