""" "according to a poll by | IT services firm CDW": a source the model cut on the "by" that brings in a document's
author, the author (perhaps after a description of it) still to come.

Why: the model's source ended on "a poll by" where the author's description opened with initials it took for no part
of the phrase ("IT services firm"); a source of a document noun and a bare "by" names no one, and the words went to no
one (or, on a page read as letters, to its signer). ``source_edges`` already runs a source cut after a participle
("a report released on | Monday by X"); this runs one cut on its "by" over the author: a description in at most four
words (lowercase words and initials, ending in a lowercase noun: "IT services firm", "market research company") and
the capitalised name after it, or the name right after "by".
"""

from __future__ import annotations

import re

_DOCUMENT_BY = re.compile(r"\b(?:poll|survey|report|study|statement|analysis|review|audit|assessment|research|census|"
                          r"estimate|forecast|ranking|index|count|tally)s?\s+(?:(?:conducted|carried\s+out|released|"
                          r"published|commissioned|compiled)\s+)?by\s*$", re.I)
"""A document's noun and the "by" of its author, where the model's source stopped."""
_AUTHOR = re.compile(r"\s*(?:the\s+)?(?:(?:(?:[A-Z]{2,5}|[a-z][\w-]*)\s+){0,3}[a-z][\w-]*\s+)?"
                     r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'’-]*){0,4})")
"""The author: a description in lowercase words and initials ending in a lowercase noun, then the capitalised name."""
AUTHOR_REACH = 60
"""Characters past the cut source within which the author's name ends (a description and a name of a few words)."""


def cut_author(text: str, source: tuple[int, int], stop: int) -> tuple[int, int] | None:
    """The source run on over the author its "by" brings in, within ``AUTHOR_REACH`` and before ``stop`` (the
    sentence's end); None when the source does not end on a document's "by" or no author follows."""
    if _DOCUMENT_BY.search(text, source[0], source[1]) is None:
        return None
    author = _AUTHOR.match(text, source[1])
    if author is None or author.end("name") > min(stop, source[1] + AUTHOR_REACH):
        return None
    return source[0], author.end("name")
