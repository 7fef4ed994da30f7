"""Cue verbs whose subject is a thing, not a speaker: "The lawsuit seeks unspecified damages", "A patent
application from the firm seeks protection for ...", "Some of his correspondence with the princess suggests
affection", "His own remarks suggest his strategy is ...".

Why: the cue model tags "seeks" and "suggests" from their place after a subject, and the source resolver hands the
subject to the person or body it names or belongs to (the suit's plaintiff, the letters' writer or their
addressee). A claim in court or an application asks for relief as a form does: its demands are the filing's
terms, not a stance anyone stated (the position gold's "deed"). Letters, posts, remarks or pictures that
"suggest" or "show" something are the writer's evidence for an inference of their own, not a statement of
theirs. A win or a defeat that "assured" a team of a place, or "confirmed" that it stays second, is a result. A report, a statement or a study that
suggests is left alone: those are their authors' words.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.object_heads import WORD
from brief.actors.phrasing import verb_lemma

_CLAIMS = frozenset("lawsuit lawsuits suit suits complaint complaints application applications petition petitions "
                    "filing filings motion motions".split())
"""Claims and applications made in court or to an office: what they "seek" are their terms."""
_EVIDENCE = frozenset("correspondence posts remarks comments photos photographs pictures images footage records "
                      "diaries emails e-mails".split())
"""Writings and records read as evidence: what they "suggest" or "show" is the writer's inference from them."""
_RESULTS = frozenset("win wins victory victories defeat defeats loss losses draw result results goal".split())
"""A match's result as the subject: what it "assured" a team of is its standing, no one's promise."""
_MATCH_RESULTS = frozenset("win wins victory victories defeat defeats loss losses draw draws".split())
"""A match's outcome as the subject of "confirm": what it confirmed ("the victory confirmed that they stay second")
is the table's standing, nobody's confirmation; "the results confirmed that ..." (a study's) is not here."""
_CONFIRMING = "confirm"
_SEEKING = "seek"
_INDICATING = frozenset("suggest show indicate".split())
_ASSURING = frozenset("assure guarantee".split())
_CLAUSE_START = re.compile(r"[,;:.!?\"“”(]|\b(?:who|which|that|and|but|while|whereas|because|if|when)\b", re.I)
"""Where the subject's clause opens, read back from the cue (a mark, a relative, a conjunction)."""
_AFTER_HEAD = re.compile(r"(?:from|with|by|of|in|on|at|over|against|between|to|for|filed|brought|lodged|submitted|"
                         r"sent|written|published|made)$", re.I)
"""A word right after the subject's head that opens its modifier ("an application from the firm", "the suit
filed by his family"): the head is still the subject."""
SUBJECT_REACH = 120
"""Characters read back from the cue for its subject ("At least some of the prince's correspondence with her")."""


def _subject_words(text: str, attribution: Attribution) -> list[str]:
    start = max(0, attribution.cue[0] - SUBJECT_REACH)
    before = text[start : attribution.cue[0]]
    opened = list(_CLAUSE_START.finditer(before))
    return WORD.findall(before[opened[-1].end() :] if opened else before)


def thing_subject(text: str, attribution: Attribution) -> bool:
    """Whether the cue's subject is a claim that seeks, writings that suggest or a result that assures (see the
    module's docstring)."""
    words = WORD.findall(text, *attribution.cue)
    if not words or attribution.quote or attribution.content[0] < attribution.cue[1]:
        return False
    verb = verb_lemma(words[-1].lower())
    nouns = (_CLAIMS if verb == _SEEKING else _EVIDENCE if verb in _INDICATING else _RESULTS if verb in _ASSURING
             else _MATCH_RESULTS if verb == _CONFIRMING else None)
    if nouns is None:
        return False
    subject = _subject_words(text, attribution)
    heads = [k for k, w in enumerate(subject) if w.lower() in nouns]
    if not heads:
        return False
    k = heads[0]
    return k == len(subject) - 1 or _AFTER_HEAD.match(subject[k + 1]) is not None
