"""Which article's headline titles a story: the most central one that names what the story is about.

A story is titled by the headline of its most central article (extractive, never invented). But a
saved page's title is sometimes the site's furniture ("| Dec 30 2007 | | Make a Donation |", a
section's name) or a pun that names nothing ("Bad news comes in threes"), and a story's index line
then tells the reader nothing. What the story is about is what its articles share (the names and
terms ``grouping._shared`` finds: "Tamil", "Tiger", "Sri Lanka"), so the story takes the headline of
its most central article whose headline carries one of them, and the most central article's when
none does. A one-article story keeps its own headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _stems(text: str) -> set[str]:
    from brief.summarize.vectors import stem  # numpy: a warm run's stories come from the cache without it

    return {stem(w.lower()) for w in _WORD.findall(text)}


def naming_title(titles: Sequence[str], shared: Sequence[str], headed: Sequence[bool] | None = None) -> int:
    """The index in ``titles`` (most central first) of the first that carries a word of ``shared``;
    0 when none does. With ``headed`` (whether each article has a headline of its own, its title else
    being its first sentence), the central title gives way only to a headline: a sentence is no
    better a title than a headline that names nothing."""
    if len(titles) < 2:
        return 0  # a one-article story keeps its own headline (its shared terms are not stemmed for nothing)
    wanted = set().union(*map(_stems, shared)) if shared else set()
    if not wanted:
        return 0
    eligible = headed if headed is not None and headed[0] else [True] * len(titles)
    return next((k for k, title in enumerate(titles) if eligible[k] and _stems(title) & wanted), 0)
