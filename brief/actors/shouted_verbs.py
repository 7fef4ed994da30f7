"""A verb set in capitals for emphasis after a modal: "We can't VERIFY that", "the tram will NEVER ...". Fact-check
and explainer pages shout the verdict's verb (their brand is often the same word: "VERIFY"); the tagger read the
capitals as a body's initials, and the next "the authority said" was taken to mean that body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.phrasing import verb_lemma
from brief.actors.word_case import shouted_word

_MODAL_BEFORE = re.compile(
    r"\b[A-Za-z]+\s+(?:can(?:no|['’])t|can|could(?:n['’]t)?|will|won['’]t|would(?:n['’]t)?|should(?:n['’]t)?|must|"
    r"may|might|do(?:es)?n['’]t|didn['’]t)\s+\Z")
"""A modal or a negated auxiliary with a word before it in the clause ("We can't ", "the council will "): the word
after it is the clause's verb. Not a modal opening a question ("Can NATO ..."), whose subject comes after it, nor
"to", before which bodies are named as often ("a letter to ACT")."""
REACH = 30
"""Characters read before the capitals for ``_MODAL_BEFORE``."""


def shouted_verbs_dropped(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without a dictionary verb in capitals that follows a modal: a word stressed, no actor."""
    return [m for m in mentions if not _shouted_verb(text, m)]


def _shouted_verb(text: str, m: Mention) -> bool:
    word = m.surface
    return (word.isupper() and " " not in word and shouted_word(word, set()) and verb_lemma(word.lower()) is not None
            and _MODAL_BEFORE.search(text, max(0, m.start - REACH), m.start) is not None)
