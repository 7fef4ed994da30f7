"""The whole texts of a page's links, as keys a line of the extracted text is matched against.

Boxes of other stories' headlines (brief.ingest.teaser_lists, brief.ingest.numbered_teasers) and a
page's tail of menus (brief.ingest.page_tail) are told by lines that are each the whole text of one of
the page's links. A line and a link are compared by their words alone: the markup inside the link, its
entities, case, punctuation, quotes and a list's bullet aside.
"""

from __future__ import annotations

import html as entities
import re

_LINK = re.compile(r"<a\b[^>]*\bhref\s*=[^>]*>(.*?)</a\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_NON_WORD = re.compile(r"\W+")


def line_key(text: str) -> str:
    """A line as its words only: case, punctuation, quotes and a list's bullet aside."""
    return _NON_WORD.sub(" ", text).strip().casefold()


def link_texts(html: str) -> list[str]:
    """The text each of the page's links shows, its markup out and its entities decoded."""
    return [entities.unescape(_TAG.sub(" ", match.group(1))).strip() for match in _LINK.finditer(html)]


def link_keys(html: str) -> set[str]:
    """The keys (``line_key``) of the page's link texts, but for links that show no word (a picture)."""
    return {line_key(text) for text in link_texts(html)} - {""}
