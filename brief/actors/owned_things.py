"""Whether an "it" goes on with a person's thing the sentence before opened with, not with a body named further back.

Why: "The school drew from Eastbrook, the Lumen district to the south. ... Her yearbook entry thanks her mother. It
suggests ...": the last body named is the district, but centering (Grosz, Joshi and Weinstein 1995) ranks the
subject of the sentence before first as what the next pronoun goes on with, and a subject written as a person's
possession ("her yearbook entry", "his memoir") is a thing "it" fits, nearer than the body. A thing is no actor,
so the statement is no one's. A body's possession ("its board") and a person ("her husband") are left as they were.
"""

from __future__ import annotations

import re

from brief.actors.body_kinds import COMPANY_NOUNS, GENERIC_BODIES
from brief.actors.content_ends import finite_word
from brief.actors.mentions import Mention
from brief.actors.people_they import SENTENCE_BREAK
from brief.actors.person_nouns import one_person
from brief.actors.source_words import ORG_NOUNS

OWNERS = frozenset({"his", "her"})
"""Possessives that make the subject a person's thing ("its" would make it a body's, which "it" may be)."""
HEAD_REACH = 4
"""Words after the possessive within which the subject's verb comes ("Her yearbook quote gives"): past them the
sentence opens with something longer than a noun phrase."""
THING_REACH = 1200
"""Characters back read for the sentence before the pronoun's (a long one) and the pronoun's own start."""
BODY_HEADS = ORG_NOUNS | COMPANY_NOUNS | GENERIC_BODIES
"""Heads that make a person's possession a body ("his company", "her campaign"), which "it" may go on with."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def person_thing_before(text: str, start: int, body: Mention | None) -> bool:
    """Whether the sentence before the "it" at ``start`` opens with a person's thing as its subject ("Her letter
    says ...") and ``body`` (the body the pronoun would otherwise go on with) was named before that sentence."""
    if body is None:
        return False
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - THING_REACH), start)]
    if len(breaks) < 2 or body.start >= breaks[-2]:
        return False  # the sentence before is out of reach, or the body is named since
    words = [w.group() for w in _WORD.finditer(text, breaks[-2], breaks[-1])][: HEAD_REACH + 2]
    if len(words) < 3 or words[0].lower() not in OWNERS:
        return False
    for k in range(2, len(words)):
        if finite_word(words[k]):
            head = words[k - 1].lower()
            return words[k - 1].islower() and head not in BODY_HEADS and not one_person(head)  # not a name
    return False
