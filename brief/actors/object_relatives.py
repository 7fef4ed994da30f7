"""A "that" after the object of a verb of doing opens a relative clause about the object, not a clause the
actor states: "the console offers several upgrades that owners will notice", "released a phone that
most buyers will like". A verb of saying takes an addressee before its clause ("told lawmakers that
..."); a verb of doing takes none, so what stands between it and the "that" is its object, and the
clause describes that object. Only nouns that take a clause of their own ("evidence that", "fears that",
the nouns of saying) make it something stated, and a preposition before the "that" ("shared with
reporters that ...") marks an addressee."""

from __future__ import annotations

import re

from brief.actors.cues import lemma

COMPLEMENT_NOUNS: frozenset[str] = frozenset(
    lemma(w) for w in "evidence proof finding findings news fact idea view belief hope fear concern sign "
    "indication assurance guarantee promise pledge warning claim allegation rumor rumour report speculation "
    "suggestion theory notion word surprise wonder shame pity irony possibility likelihood danger risk impression "
    "feeling conviction expectation".split())
"""Nouns whose "that" opens their content ("presented evidence that the drug works", "offered assurances that
...", "published rumors that ...", a column's "It is no surprise that X is accusing Y"): what follows is stated,
whatever the verb before them."""
_PREPOSITIONS = frozenset("to with for at on in about from by".split())
"""Words that put an addressee or a setting before the clause ("shared with reporters that ...")."""
_JOINS = frozenset("and or but then".split())
"""Words that join a second verb before the "that" ("met and decided that ..."): the clause is that verb's."""
_WORD = re.compile(r"[\w'’-]+")


def object_relative(passed: str, said_nouns: frozenset[str]) -> bool:
    """Whether the words between a verb of doing and its "that" (``passed``, the "that" left out) are a bare
    object: one word or more, no preposition nor joining word, and no noun that takes a clause (``said_nouns``, the nouns
    of saying, or ``COMPLEMENT_NOUNS``) last."""
    if re.search(r"[.!?;:]", passed):
        return False  # past the sentence's end: another sentence's "that", left as it was read
    words = [w.lower() for w in _WORD.findall(passed)]
    if not words or any(w in _PREPOSITIONS or w in _JOINS for w in words):
        return False
    return lemma(words[-1]) not in COMPLEMENT_NOUNS | said_nouns
