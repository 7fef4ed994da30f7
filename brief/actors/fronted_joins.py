"""The words before a joined cue read without a fronted topic and a scare-quoted phrase: "Regarding the fees, Ruiz
took a “wait and see” line and said the council had not decided".

Why: a cue joined by "and"/"but" to the sentence subject's first predicate shares that subject
(``brief.actors.coordinated_cues.joined_past_cue``), but only where no comma or quotation stands between the
sentence's start and the cue (one clause, one subject). A fronted phrase of topic or time ("Regarding the fees,",
"On Monday,") sets off no clause of its own, and a few quoted words inside the first predicate (a “wait and see”
line) are a label, not a quotation with a speaker: neither brings another subject, so both are read away.
"""

from __future__ import annotations

import re

FRONTED_CHARS = 60
"""Characters of a fronted phrase before its comma ("Regarding the new rules on fees,"): one phrase, not a clause."""
_FRONTED = re.compile(rf"^\s*(?:Regarding|Concerning|As\s+for|On|In|At|During|Earlier|Later|Last|This)\b"
                      rf"[^,;:“”\"]{{0,{FRONTED_CHARS}}},\s+(?=[A-Z])")
"""A fronted phrase of topic or time and its comma, a capitalised word (the subject's name) after it."""
LABEL_WORDS = 4
"""Most words of a scare-quoted label ("so what", "wait and see"): more is a quotation of someone's words."""
_LABEL = re.compile(rf"[“\"](?:[a-z][\w'’-]*\s+){{0,{LABEL_WORDS - 1}}}[a-z][\w'’-]*[”\"]")
"""A few lower-case words in quotation marks, none of its own punctuation: a label, not a quotation."""


def plain_before(before: str) -> str:
    """The words from the sentence's start to the cue, without a fronted phrase (and its comma) and with each
    scare-quoted label unquoted."""
    return _LABEL.sub(lambda m: m.group(0)[1:-1], _FRONTED.sub("", before, count=1))
