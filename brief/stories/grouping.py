"""Articles -> stories: which articles tell the same story.

Interface shared by the pipeline (which briefs and finds actors per group) and the grouping
algorithm. This first version keeps today's behaviour, every article in one story; the grouping
itself replaces the body of ``group_articles`` without changing its signature.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from brief.model import Article, Sentence


@dataclass(frozen=True)
class Group:
    """One story found in the input.

    ``articles`` are article ids in input order; ``central`` is the article most central to the story
    (its headline titles the story); ``shared`` is what holds the story together, for explaining it
    (the names and key terms its articles share, most telling first).
    """

    articles: tuple[int, ...]
    central: int
    title: str
    shared: tuple[str, ...] = ()


def group_articles(articles: Sequence[Article], sentences: Mapping[int, Sequence[Sentence]]) -> tuple[Group, ...]:
    """The stories of ``articles``, ordered for the reader (biggest and most widely carried first).

    Deterministic: the same groups, in the same order, whatever the input order. Every article is in
    exactly one group.
    """
    if not articles:
        return ()
    first = articles[0]
    return (Group(tuple(a.id for a in articles), first.id, first.title),)
