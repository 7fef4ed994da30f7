"""A job written capitalised before a person's name at a sentence's start ("Researcher Soyeon Park, an
assistant professor at ...", "Veterinarian Clive Oduya, who treats pets ...") is their job, not a word of
their name.

Why: science and health news opens a paragraph with the expert's trade as a title; the tagger runs the
capitalised trade into the name (as a body's, "Researcher Soyeon Park" tagged an organisation) whenever the
given name is one no list holds, and the actor then reads "Researcher Soyeon Park".
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.gazetteer import ORG_WORDS
from brief.actors.gender import first_names
from brief.actors.job_nouns import JOB_SUFFIX, TRADES
from brief.actors.word_case import plain_word

_RESEARCH_TRADES = frozenset("researcher scientist".split())
"""Trades of research news ("Researcher X", "Scientist X") that ``job_nouns.TRADES`` leaves to its ending rule."""


def job_before_name(words: Sequence[str]) -> bool:
    """ "Researcher Soyeon Park": a trade, then two or more capitalised words that read as a person's name
    (the first no common word: "Pilot Flying J" is a firm's name) and hold no body's word."""
    if len(words) < 3 or not words[0][1:].islower() or words[0] in first_names():
        return False
    lower = words[0].lower()
    if not (lower in TRADES or lower in _RESEARCH_TRADES or JOB_SUFFIX.fullmatch(lower)):
        return False
    return (
        all(w[:1].isupper() for w in words[1:])
        and not plain_word(words[1], frozenset())
        and not any(w.lower() in ORG_WORDS for w in words[1:])
    )
