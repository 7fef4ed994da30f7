"""A cue inside a name is no cue: "Manpower Minister Tan See Leng told Parliament ...", where the cue
model tags "See" (a verb of seeing elsewhere) and takes "Leng told Parliament ..." as its content.

Why: the model reads words, not names, and a given name or a family name may be spelled as a verb
("See", "Hope", "Will", "Say"); Singaporean, Malaysian, Chinese and other names put such a word in
the middle of a name. Its attribution was read first (an outer one) and took the words of the
speaker's own cue ("told"), so the statement came out cut and headed by the name's tail. A cue in
capitals that stands after a name's first word, inside a name the tagger found, is part of that name.
So is a noun in capitals that opens its sentence before a role and a name ("Opposition housing spokesman
Michael Sukkar said ...": the model reads "Opposition" as "oppose").
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.phrasing import verb_lemma

_ROLE_THEN_NAME = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
"""Lower-case role words, then a name of two words: what a modifier in capitals opens ("Opposition housing
spokesman Michael Sukkar")."""


def cue_in_name(text: str, attribution: Attribution, index: MentionIndex) -> bool:
    """Whether the cue is a capitalised word inside a person's or a body's name, past its first word, or a
    capitalised word that is no verb's form and modifies a role and a name after it."""
    start, end = attribution.cue
    word = text[start:end]
    if not word[:1].isupper():
        return False
    if " " not in word and verb_lemma(word.lower()) is None and _ROLE_THEN_NAME.match(text, end):
        return True
    return any(m.start < start and end <= m.end and m.kind in ("person", "organization")
               for m in index.overlapping((start, end)) + index.within((start, end)))
