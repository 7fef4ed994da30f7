"""Verbs of giving with two objects, someone and a thing: "the president has granted the police chief extended
leave", "the bureau sent the firm a letter on Monday that set out its concerns". The cue model reads "granted"
as a concession ("granted that ...") and "sent" as a message's saying; with a person and then a thing after the
verb, the sentence tells what was handed over, a deed, and nothing of what was said.

Why: a name or a pronoun as the first object and a determiner or a quoted phrase opening the second is the
double-object shape of giving; "granted that it was late", "sent word that ..." and a saying after the thing
("a letter saying ...", "a message warning ...") keep their positions.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_GIVING = frozenset({"grant", "send", "hand", "award"})
"""Verbs of handing something over to someone."""
_PERSON_THEN_THING = re.compile(
    r"\s+(?:him|her|them|us|me|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})"
    r"\s+(?:a|an|the|his|her|their|its|[\"“‘]|(?:extended|indefinite|special|paid|unpaid|sick)\s)", re.UNICODE)
"""Someone (a pronoun or up to six capitalised words), then the thing given (a determiner, a quotation, or a
kind of leave)."""
_SAYING_AFTER = re.compile(r"\b(?:saying|says|said|warning|urging|asking|demanding|telling|stating|calling\s+for|"
                           r"threatening|accusing)\b|:", re.I)
"""A saying that goes with the thing given: then the sentence gives words."""


def handed_over(text: str, attribution: Attribution) -> bool:
    """ "The president has granted the police chief extended leave": a thing given, no words."""
    words = re.findall(r"[A-Za-z]+", text[attribution.cue[0] : attribution.cue[1]])
    if not words or verb_lemma(words[-1].lower()) not in _GIVING or attribution.quote:
        return False
    start, end = attribution.content
    return (start >= attribution.cue[1] and _PERSON_THEN_THING.match(text, attribution.cue[1]) is not None
            and _SAYING_AFTER.search(text, start, end) is None)
