"""A story set in ``<pre>`` (a wire's plain-text press release) as the paragraphs it is written in.

Press releases that wires and portals carried in the 2000s (Business Wire, PR Newswire, CNW) are plain
text: the page puts the release, or its lists of features, in a ``<pre>`` element, its lines broken by
hand at ~70 characters. Extraction reads ``<pre>`` as a program's listing: brief prunes it
(brief.ingest.code.LISTING_XPATH) and trafilatura drops what is left, so the release's paragraphs, its
quotes and its people are lost. A ``<pre>`` that reads as prose (``is_prose``: enough words, most of
them in paragraphs ending like sentences, none of them code) is rewritten as the paragraphs its layout
marks (``paragraphs``), before extraction; a listing, a table or a menu stays a ``<pre>``.
"""

from __future__ import annotations

import re
from typing import Any

from brief.ingest.code import is_code
from brief.text.sentence_stops import STOP_AT_LINE_END

PROSE_MIN_WORDS = 40
"""Words a ``<pre>`` needs to be read as prose: fewer is a menu's item, an address or a table's row."""

PROSE_SHARE = 0.5
"""Share of its words a ``<pre>`` of prose has in paragraphs ending like a sentence (a release's lists
of features are fragments, its paragraphs are sentences)."""

_BULLET = re.compile(r"^\s+(?:--?|\*|•|o)\s+\S")  # indented: a line may begin "- 2007 Edition" mid-sentence
_SENTENCE_END = STOP_AT_LINE_END


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a text broken into lines by hand: a paragraph ends at a blank line, and a new
    one begins at a list's bullet, at a line indented after a line that was not (the first line of a
    paragraph indented, the others flush) and at a line indented less than the one before but not flush
    (after a bullet's deeper lines); a line indented deeper than the one before, or flush, goes on it."""
    found: list[list[str]] = []
    before: str | None = None
    for line in text.expandtabs(8).split("\n"):
        if not line.strip():
            before = None
            continue
        starts = (before is None or _BULLET.match(line) is not None
                  or 0 < _indent(line) and (_indent(before) == 0 or _indent(line) < _indent(before)))
        if starts or not found:
            found.append([])
        found[-1].append(line.strip())
        before = line
    return [" ".join(lines) for lines in found]


def is_prose(texts: list[str]) -> bool:
    """Whether paragraphs read from a ``<pre>`` are prose, not a listing, a table or a menu."""
    words = sum(len(text.split()) for text in texts)
    if words < PROSE_MIN_WORDS or any(is_code(text) for text in texts):
        return False
    sentences = sum(len(text.split()) for text in texts if _SENTENCE_END.search(text))
    return sentences >= PROSE_SHARE * words


def prose_pre_as_paragraphs(tree: Any) -> None:
    """Rewrite each ``<pre>`` of prose in ``tree`` (lxml) as a ``<div>`` of ``<p>`` paragraphs. A
    ``<pre>`` with a class or a ``<code>`` inside is a highlighted listing and stays."""
    from lxml.etree import Element, SubElement  # type: ignore[import-untyped]  # trafilatura's parser

    for pre in list(tree.iter("pre")):
        parent = pre.getparent()
        if parent is None or pre.get("class") or pre.find(".//code") is not None:
            continue
        texts = paragraphs(pre.text_content())
        if not is_prose(texts):
            continue
        div = Element("div")
        for text in texts:
            SubElement(div, "p").text = text
        div.tail = pre.tail
        parent.replace(pre, div)
