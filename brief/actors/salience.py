"""How much an actor matters to its story: the weights of ``extract.assemble_actors``' salience.

Salience counts mentions, plus these weights for being named across articles, stating positions
and being named where news names its subject (headline, lead). Set by hand, each with its reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from brief.actors.grouping import Group

ARTICLE_WEIGHT = 3.0
"""Salience per article that names an actor, counted in mentions (set by hand): named across a
story's articles says more than named often in one."""
POSITION_WEIGHT = 2.0
"""Salience per position an actor states, in mentions (set by hand): who says something is a party."""
PLACE_FACTOR = 0.5
"""A place other than a country weighs half (set by hand): a city is where things happen; a country
is usually a party to them."""
TITLE_WEIGHT = 8.0
"""What naming an actor in an article's headline adds to its salience, per article: as much as
eight more mentions. The story's subject is often named once in full and then by surname or
description ("the former mayor"), which mentions alone undercount: on the 42 dev pages Andrew
Fahie, in his own headline, ranked 7th, New York 10th, the Wikimedia Foundation 6th; 5 lifted
all three into the top five, and 8 also puts a subject above an official quoted four times
(tests/test_actors.py) with the same dev-page checks passing (265/293 at 5 and at 8)."""
LEAD_WEIGHT = 2.0
"""Likewise for being named in an article's first two sentences, where news names its subject."""
DEK_WEIGHT = 2.0
"""Likewise for being named in the page's own headline lines above its first sentence (its <h1> and
dek, ``page_headlines.headline_lines``), per article, beside the title's weight. Not the title's 8: on the
Daily Mail page of the 42 the dek names four people and countries, and at 8 (or 3) its co-subject
Joe Wicks and the United States rise above Liz Truss, whom the blind gold has in the top five; at 2
Boris Johnson (named in it, never in the title) rises from 5th to 4th and no dev-page check drops.
Two-letter names ("US", "UK") are left out, as the title's check leaves them."""
LEAD_SENTENCES = 2
"""The lead: news names its subject in an article's first two sentences."""


def headlines_naming(group: Group, titles: Mapping[int, str]) -> int:
    """How many of its articles name the actor in their headline (their title)."""
    names = {m.name for m in group.mentions if not m.demonym} | {m.surface for m in group.mentions if not m.demonym}
    in_title = 0
    for article in {m.article for m in group.mentions}:
        title = titles.get(article, "")
        if title and any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", title) for n in names if len(n) > 2):
            in_title += 1
    return in_title


def in_headline(group: Group, titles: Mapping[int, str]) -> bool:
    """Whether any of its articles names the actor in its headline (a story about an outlet)."""
    return headlines_naming(group, titles) > 0


def headline_weight(group: Group, titles: Mapping[int, str]) -> float:
    """Salience the story's own framing gives: named in headlines, named in the lead."""
    in_title = headlines_naming(group, titles)
    in_lead = len({m.article for m in group.mentions if m.sentence < LEAD_SENTENCES and not m.demonym})
    in_dek = len({m.article for m in group.mentions if m.headline and not m.demonym and len(m.surface) > 2})
    return TITLE_WEIGHT * in_title + LEAD_WEIGHT * in_lead + DEK_WEIGHT * in_dek
