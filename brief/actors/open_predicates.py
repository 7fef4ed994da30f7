"""Whether the words on either side of a frame that interrupts a clause continue it: a verb after the frame
(its predicate), a copula before it (which wants its complement)."""

from __future__ import annotations

import re

from brief.actors.phrasing import is_noun, verb_lemma
from brief.text.lexicon import AUXILIARY_VERBS

_COPULA_END = re.compile(r"\b(?:is|was|are|were|be|been|remains|remained|becomes|became)\s*,?\s*$", re.I)
"""Copulas that end a subject and its verb before a frame set off in commas ("The contract is, according to the
union, the biggest"): the words after the frame are the complement, not a second clause."""


def awaits_complement(left: str) -> bool:
    """Whether the words before an interrupting frame end in a copula, so the words after it complete them."""
    return _COPULA_END.search(left) is not None


_PREDICATE = re.compile(r"([a-z]+)\b")


def predicate_follows(right: str) -> bool:
    """Whether what follows a cue set off in commas is its clause's verb ("is Google's network",
    "made an unscheduled trip"), so the parts read as one clause without the commas; a participle
    ("..., Xinhua said, citing ...") is the cue's own."""
    word = _PREDICATE.match(right)
    if word is None or word.group(1).endswith("ing"):
        return False
    verb = word.group(1)
    return verb in AUXILIARY_VERBS or verb in _FUSED_NEGATIONS or (verb_lemma(verb) is not None and not is_noun(verb))


_FUSED_NEGATIONS = frozenset({"cannot"})
"""An auxiliary written in one word with its negation ("Russia, he noted, cannot negotiate"), which the dictionary
lists as no verb; "can't" and "won't" are read by their first part."""
