"""A paragraph under a person's label is their answer only if it is said in clauses: "Thomas
Malone: A supermind is a group ..." is; "Jane Doe: Possession of methamphetamine, visiting a common
nuisance, held in lieu of $70,000 bond." is a line of a charge list (a roster, a results table) and
says nothing. Nor is one that names its own label's person in the third person: "Ann Kell: Now president of the
Harbour Board, Kell worked with Dan throughout his career." is a who's-who entry (a tribute's list of friends, a
cast list), the writer's account of her; a speaker calls herself "I", and names herself only to introduce
herself ("I'm Ann Kell", "This is Ann Kell").

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


_NAME_WORD = re.compile(r"[A-Z][\w'’-]{2,}")
"""A word of a name long enough to be looked for: an initial or a particle ("J.", "de") says nothing alone."""
_INTRODUCES = re.compile(r"(?:\b(?:I['’]m|I\s+am|[Mm]y\s+name\s+is|[Tt]his\s+is|[Ii]t['’]s)\s+(?:[A-Z][\w.'’-]*\s+){0,2})$")
"""Words right before a speaker's own name that introduce them ("I'm Ann Kell", "This is Kell"): their own voice."""

_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)\s+$")
"""A capitalised word right before the name's word: another given name there makes it a namesake's (kin's)."""


def names_itself(answer: str, name: str) -> bool:
    """Whether the text under a person's label names that person in the label's own paragraph, other than to introduce
    them: a description of them (a who's-who entry), not their answer. A later paragraph the turn runs on to may be the
    writer's ("Hillary: ... Liar." over "... candidate Hillary Clinton said ..."): the label's own line decides."""
    answer = answer.split("\n", 1)[0]
    words = set(_NAME_WORD.findall(name))
    for word in words:
        for found in re.finditer(rf"\b{re.escape(word)}\b(?!['’]s\b)", answer):
            before = _WORD_BEFORE.search(answer, max(0, found.start() - 40), found.start())
            if before is not None and before.group(1) not in words:
                continue  # "My husband, Tom Kell, ...": another of the family
            if _INTRODUCES.search(answer, max(0, found.start() - 40), found.start()) is None:
                return True
    return False
