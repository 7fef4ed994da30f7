"""A body named by one word the tagger missed, opening the sentence of its statement: "Ofwat said the average bill
would rise by £123", "Aviva said it would cut 2,000 jobs".

Why: ``speakers.missed_speaker`` keeps one capitalised word only when it is the surname of a person named in full,
so a regulator or a firm the tagger did not know lost every statement it made. A person is named in full before
their surname stands alone, so a word that is no surname, no given name, no dictionary word and no known place, and
that the text never writes after another capitalised word ("Sarah Ofwat"), is a body's name.
"""

from __future__ import annotations

import re

from brief.actors.gender import first_names
from brief.actors.personhood import known_place
from brief.actors.phrasing import is_noun, verb_lemma

MIN_NAME_LETTERS = 3
"""Letters of such a name: shorter words are initials or pronouns as often ("He", "UN")."""


def lone_body(text: str, start: int, end: int, sentence_start: int, surnames: set[str] | frozenset[str]) -> bool:
    """Whether the one word at [start, end), opening its sentence, is a body's name (see the module doc)."""
    word = text[start:end]
    if start != sentence_start or not word.isalpha() or len(word) < MIN_NAME_LETTERS or not word[:1].isupper():
        return False
    lower = word.lower()
    if word in surnames or word in first_names() or is_noun(lower) or verb_lemma(lower) is not None or known_place(word):
        return False
    return re.search(rf"[A-Z][\w'’.-]*\s+{re.escape(word)}\b", text) is None
