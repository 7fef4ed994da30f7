"""A cue word that is a noun a name modifies, the subject of a later verb: "The EBMUD plan to raise rates drew
protests", "The Transport Workers Union call for a strike was ignored", "The NHS warning about flu was repeated".

Why: the cue model reads a word that is both a noun and a verb of saying or wanting ("plan", "call", "vote",
"pledge", "warning") as a verb when a name stands before it. But after "the" and a singular name the bare
form cannot be that name's verb (it would be "calls" or "called"), and the sentence's own verb follows the
noun's complement ("... was ignored", "... drew protests"): the words are a subject, and nobody states them
there. A possessive ("the union's call for a strike") is read by ``statements`` as a noun already.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import is_noun, present, simple_past

_THE_NAME = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w&.’'-]*\s+){0,6}(?:([a-z]+)\s+)?$")
""""the" and a capitalised name, or a body's common noun, or both, right before the cue word (used as a modifier:
"The EBMUD plan", "the union call", "The Unite union call")."""
NAME_REACH = 80
"""Characters before the cue read for "the" and the name."""
_CLAUSE_END = re.compile(r"[;:.!?()\"“”]|\b(?:that|which|who|whom|whose|while|when|because|after|before|as|but)\b")
"""Where another clause may open: the main verb is looked for before it, past the complement's asides in commas
("The EBMUD plan to fill in the quarry, located on county land, with soil ... proposes to run ...")."""
_PREPOSITIONS = frozenset("for to about on against over".split())
"""Words the cue may take after its noun ("call for", "warning about"): the noun's own preposition."""
_FINITE = frozenset("is are was were has have had will would could can may might must should".split())
"""Auxiliaries and modals that make a clause's finite verb."""
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|of|from|in|for|with|by|to|on|and)\s+$", re.I)
"""A preposition before "the": the name closes another noun's phrase, whose head is the verb's subject."""
CLAUSE_WORDS_READ = 40
"""Words after the cue word read for the sentence's own verb: the noun's complement with an aside or two."""


def modifier_noun_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a bare noun after "the" and a singular name, and a finite verb follows its complement."""
    start, end = attribution.cue
    word, *rest = text[start:end].split() or [""]
    if any(w.lower() not in _PREPOSITIONS for w in rest):
        return False
    if not (word.isalpha() and word.islower() and is_noun(word)) or word.endswith(("s", "ed")):
        return False
    before = _THE_NAME.search(text, max(0, start - NAME_REACH), start)
    if (before is None or before.group().split()[1:] == [] or before.group().rstrip().endswith(("s", "'", "’"))
            or before.group(1) is not None and not is_noun(before.group(1))):
        return False  # "The Teamsters call for": a plural name may take a bare verb
    if _PREPOSITION_BEFORE.search(text, max(0, before.start() - 12), before.start()):
        return False  # "Economists at the Elwyn Institute say rates will fall": the name ends a plural subject
    after = text[end : end + 200]
    stop = _CLAUSE_END.search(after)
    words = re.findall(r"[A-Za-z’'-]+", after[: stop.start() if stop else len(after)])[:CLAUSE_WORDS_READ]
    return any(w in _FINITE or w[:1].islower() and (simple_past(w) or _present_singular(w)) for w in words)


def _present_singular(word: str) -> bool:
    """ "proposes", "faces": a verb's present singular that is no noun's plural ("rates", "homes" are)."""
    return word.endswith("s") and present(word) == word and not is_noun(word)
