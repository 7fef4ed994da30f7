"""Match reports of different matches: two articles whose leads state different final scores.

A day's sports feed holds many match reports of one league, often of one team: they share the
team's name, its players and its ground, as much as two reports of one match do (two recaps of
one hockey team's games, three days apart: direct cosine 0.37). What tells them apart is the one
fact every match report leads with, the score ("beat the Oilers 4-2"). Two reports of one match
state the same score; so two articles whose leads each state a score, and no score in common, are
reports of different matches and not one story. Read from the headline and the first
``LEAD_SENTENCES`` sentences only (a report's later paragraphs recall earlier games).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.model import Article, Sentence

LEAD_SENTENCES = 3
"""Sentences read after the headline: a report states its score in the headline or within the
first two or three sentences, and recalls other games' scores further down."""

_SCORE = re.compile(
    r"(?<![\d/.,:–-])(\d{1,3}) ?[-–] ?(\d{1,3})"
    r"(?![\d/:]|[-–]\d| ?(?:percent|per cent|%|chance|split|year|month|week|day|hour|minute))",
    re.IGNORECASE,
)
"""A score as reports write it: two numbers of up to three digits joined by a hyphen or en dash
("4-2", "101-92", "6–1"); not part of a date or a longer run ("2007-08", "1-2-3", "12/3-4"),
a time, a share or a span ("50-50 chance", "a 60-40 split", "a 3-5 year term")."""


def scorelines(article: Article, sentences: Sequence[Sentence]) -> frozenset[tuple[int, int]]:
    """The scores the article's headline and lead state, each as (lower, higher): a score is the
    same whichever side a report names first ("beat them 4-2", "lost 2-4")."""
    lead = " ".join([article.title, *(s.text for s in sentences[:LEAD_SENTENCES])])
    pairs = ((int(a), int(b)) for a, b in _SCORE.findall(lead))
    return frozenset((min(a, b), max(a, b)) for a, b in pairs)


def different_matches(first: frozenset[tuple[int, int]], second: frozenset[tuple[int, int]]) -> bool:
    """Both state a score and none is the same: reports of two matches."""
    return bool(first) and bool(second) and not first & second
