"""A paragraph under a person's label is their answer only if it is said in clauses: "Thomas
Malone: A supermind is a group ..." is; "Jane Doe: Possession of methamphetamine, visiting a common
nuisance, held in lieu of $70,000 bond." is a line of a charge list (a roster, a results table) and
says nothing.

Why by clause words and not by a parser: an answer in speech has a pronoun, an auxiliary or a
contraction in nearly every paragraph, while a list line is noun phrases and participles; a closed
list of words tells them apart without tagging the paragraph.
"""

from __future__ import annotations

import re

from brief.text.lexicon import AUXILIARY_VERBS

CLAUSE_WORDS: frozenset[str] = AUXILIARY_VERBS | frozenset(
    """i me my we us our you your he him his she her it its they them their this that these those
    there here who what which when why how if because but not yes""".split()
)
"""Words of a clause that a list line of noun phrases ("possession of heroin, held in jail")
lacks: personal pronouns, auxiliaries, question words, conjunctions of clauses, "not" and "yes"
(not "no": "held with no bond")."""

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_QUOTES = "\"“”"


def spoken(answer: str) -> bool:
    """Whether the text under a label reads as speech: a quotation, a contraction, or a clause word."""
    if any(q in answer for q in _QUOTES):
        return True
    for word in _WORD.findall(answer):
        w = word.lower().replace("’", "'")
        if w in CLAUSE_WORDS or w.endswith(("n't", "'re", "'ve", "'m", "'ll", "'d")) or w in ("i'm", "it's", "that's"):
            return True
    return False
