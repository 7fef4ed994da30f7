"""The sentence spans of the articles a run parsed, kept beside each parsed copy so a warm run splits nothing again.

A parsed copy in the cache keeps its article's sentences as offsets; ``pipeline.load`` asks ``split_of`` before it
splits an article, and reads the stored spans only when they are increasing pairs inside the article's text.
"""

from __future__ import annotations

from typing import Any

from brief.ingest import dedupe
from brief.model import Article
from brief.stories import words

Spans = tuple[tuple[int, int], ...]
"""An article's sentences as (start, end) offsets into its text, in order (split_article's)."""

SPLITS: dict[tuple[str, tuple[tuple[int, int], ...]], Spans] = {}
"""The sentences of the articles the last ``pipeline.load`` parsed (cleared by ``forget_splits``),
by what the split reads (the text and its paragraphs: ids change when near-copies are dropped):
kept with each parsed copy, so that a warm run splits no article again (a fifth of its time).
The near-copy shingles are kept the same way (``dedupe.remember``): a warm run hashes no text again,
and so are the words the grouping counts (``words.remember``): a pile with a few new articles
counts only theirs."""


def split_of(article: Article) -> Spans | None:
    """The sentence spans kept for this article (its parsed copy's), or None."""
    return SPLITS.get((article.text, article.paragraphs))


def forget_splits() -> None:
    """Drop the spans (near-copy shingles, word counts) of an earlier load (the reader loads one pile after another)."""
    SPLITS.clear()
    dedupe.forget()
    words.forget()


def article_spans(article: Article) -> Spans:
    """The article's sentences as offsets, split now (a parsed copy keeps them)."""
    from brief.text.sentences import split_article

    return tuple((s.start, s.end) for s in split_article(article))


ALL_INTS = {int}
"""``set(map(type, values)) <= ALL_INTS``: every value an int (no bool), checked in C: a warm run checks ~190,000 stored shingles."""


def valid_spans(value: Any, article: Article) -> Spans | None:
    """Stored spans if they are increasing pairs of offsets inside the article's text, else None."""
    if not isinstance(value, list):
        return None
    out: list[tuple[int, int]] = []
    last = 0
    for pair in value:
        if not (isinstance(pair, list) and len(pair) == 2 and all(type(x) is int for x in pair)):
            return None
        start, end = pair
        if not last <= start < end <= len(article.text):
            return None
        out.append((start, end))
        last = end
    return tuple(out)
