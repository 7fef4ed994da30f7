"""Previews of different matches: two articles whose openings name different opponents for their match.

A sports feed holds many previews of one club's coming matches: the manager on an injured striker before the
league game, the same manager on the cup rival days later. They share the club, its manager and its players as
much as two previews of one match do, and they state no score yet (scorelines.py parts match reports by their
scores). What tells them apart is the match each opens on, named by its opponent ("the league game at home to
Rovers", "the cup clash with United"). So two single articles whose openings (headline and first sentence) each
name an opponent, none the same, are previews of different matches and not one story, unless either opening
writes the other's opponent too: two previews of one match from its two sides ("Rovers' clash with United",
"United's clash with Rovers") each name both clubs.

B-cubed F1 (bench/stories.py) dev / even / odd / related / related+1 / hard / hard-even / hard-odd 0.948 / 0.972 /
0.968 / 0.872 / 0.926 / 0.976 / 0.987 / 0.981 -> 0.952 / 0.972 / 0.968 / 0.872 / 0.933 / 0.977 / 0.987 / 0.981 (a
Daily Mail preview of a club's league game no longer pairs with its preview of a cup tie); the web pile and the
2008 pages (bench/stories_web.py) unchanged. Variants: TRIED.md, session 58.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from brief.model import Article, Sentence

OPENING_SENTENCES = 1
"""Sentences read after the headline: a preview names its match at once, and later sentences recall past games
("injured in last week's game against Rovers"), which are not the match it previews."""

_OPPONENT = re.compile(
    r"\b(?:game|match|clash|tie|fixture|derby|showdown)\s+(?:at home to|away to|away at|against|with|versus|vs\.?)\s+"
    r"(?:the\s+)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
)
"""A match word, the word that names who it is against, and the opponent's name (capitalised words). Not "at"
alone, which names a ground ("the clash at Hampden") as often as an opponent: one match named by its ground in one
preview and by its opponent in the other would read as two."""
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Opening:
    """What a preview's opening says of its match: the opponents it names (case-folded) and its text (case-folded)."""

    opponents: frozenset[str]
    text: str


def opening(article: Article, sentences: Sequence[Sentence]) -> Opening:
    """The opponents named in the article's headline (when written apart from the body, not a cut of its first
    sentence) and first sentence, with that text."""
    texts = [s.text for s in sentences[:OPENING_SENTENCES]]
    title = article.title.strip()
    heading = [title] if title and not (texts and texts[0].startswith(title.rstrip(".…"))) else []
    text = " ".join(heading + texts)
    opponents = frozenset(
        _POSSESSIVE.sub("", " ".join(m.group(1).split()).rstrip(".")).casefold() for m in _OPPONENT.finditer(text)
    )
    return Opening(frozenset(o for o in opponents if o), text.casefold())


def different_fixtures(first: Opening, second: Opening) -> bool:
    """Both name an opponent, none the same, and neither opening writes the other's: previews of two matches."""
    if not first.opponents or not second.opponents:
        return False
    if any(_same(a, b) for a in first.opponents for b in second.opponents):
        return False
    return not any(o in second.text for o in first.opponents) and not any(o in first.text for o in second.opponents)


def _same(a: str, b: str) -> bool:
    """One name, written in full or shortened ("united" in "rovers united")."""
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "
