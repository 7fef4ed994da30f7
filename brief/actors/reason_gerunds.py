"""A gerund cue that gives the reason someone else was blamed or thanked: "went on a tirade against the cast for,
in his eyes, insulting his running mate", "scolded the owners for mocking voters". The one who insulted or
mocked is the object before "for" (the cast, the owners), not the sentence's subject, whom the cue model's
reading hangs the gerund on; with no way to give it to the object here, it is no position of the subject.
"Apologized for saying", "was criticised for calling" and "is known for saying" (a verb right before "for",
whose subject did the saying) keep theirs.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import is_noun, verb_lemma

_FOR_BEFORE = re.compile(r"([\w'’”\"]+)\s+for\s*(?:,[^,.;]{1,60},\s*)?$")
"""The word before "for" right before the cue, with a comma aside after "for" ("for, in his eyes,")."""
OBJECT_PRONOUNS = frozenset("him her them us me".split())


def _an_object(word: str) -> bool:
    """Whether the word before "for" ends an object ("the cast", "the cast of “Hamilton”", "them"), not a verb
    whose subject the gerund's ("apologized", "known", "criticised"). A capitalised word may be a date or a place
    after the verb ("was criticised on Tuesday for"), so only a common noun, a pronoun or a closed title counts."""
    bare = word.strip("'’”\"")
    if word != bare or bare.lower() in OBJECT_PRONOUNS:
        return True
    lemma = verb_lemma(bare.lower())
    return bare.islower() and is_noun(bare) and (lemma is None or lemma == bare)


def reason_gerund(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a gerund after an object and "for" (``_FOR_BEFORE``): the object's deed or
    saying, the reason it was blamed or thanked, not the subject's position."""
    start, end = attribution.cue
    words = text[start:end].split()
    if not words or not words[0].lower().endswith("ing"):
        return False
    found = _FOR_BEFORE.search(text, max(0, start - 120), start)
    return found is not None and _an_object(found.group(1))
