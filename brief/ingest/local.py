"""What a file named on the command line is, when it is not one article's text or HTML.

A feed saved to disk (RSS, Atom or JSON Feed) holds many articles: its entries' own text is read
(brief.ingest.files), since their links are not fetched from a file. An image or a PDF named
explicitly is skipped with its kind, never read as an article: an SVG is XML text and would
otherwise pass for one. Both are told by their content, whatever the file is called, and images
and PDFs also by their suffix (a folder's walk never picks them, and picks a .rss, .atom, .xml or
.json only when it is a feed: brief.ingest.files._walk).
"""

from __future__ import annotations

import re
from pathlib import Path

from brief.ingest.feeds import is_json_feed
from brief.ingest.sniff import looks_like_html

# Kinds told by the name alone, before any byte is read.
NOT_ARTICLES: dict[str, str] = {
    ".svg": "an SVG image",
    ".svgz": "an SVG image",
    ".png": "a PNG image",
    ".jpg": "a JPEG image",
    ".jpeg": "a JPEG image",
    ".gif": "a GIF image",
    ".webp": "a WebP image",
    ".avif": "an AVIF image",
    ".heic": "a HEIC image",
    ".bmp": "a BMP image",
    ".ico": "an icon",
    ".tif": "a TIFF image",
    ".tiff": "a TIFF image",
    ".pdf": "a PDF document",
}
# Suffixes a feed is saved under: a file so named that is not a feed is not an article either.
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".json"})
# How far into a file its root element is looked for: past an XML declaration, a stylesheet
# instruction, comments and a doctype, which real feeds and SVGs put first.
SNIFF_BYTES = 4096

_PROLOGUE = rb"\A(?:\xef\xbb\xbf)?(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>)*"
_FEED_ROOT = re.compile(_PROLOGUE + rb"<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
_SVG_ROOT = re.compile(_PROLOGUE + rb"<(?:svg:)?svg\b", re.I | re.S)


def kind_by_name(name: str) -> str | None:
    """An image's or a PDF's kind ("an SVG image") from the file's suffix; None for anything else."""
    return NOT_ARTICLES.get(Path(name).suffix.lower())


def is_feed_file(data: bytes) -> bool:
    """Whether the bytes are an RSS, RDF or Atom feed (by its root element) or a JSON Feed."""
    head = data[:SNIFF_BYTES]
    return bool(_FEED_ROOT.match(head)) or is_json_feed(data)


def not_an_article(data: bytes, name: str) -> str | None:
    """Why a file that is not a feed cannot be an article ("an SVG image, not an article"), or None."""
    kind = kind_by_name(name)
    if kind is None and _SVG_ROOT.match(data[:SNIFF_BYTES]):
        kind = "an SVG image"
    if kind is not None:
        return not_read(kind)
    suffix = Path(name).suffix.lower()
    if suffix in FEED_SUFFIXES and not looks_like_html(data[:SNIFF_BYTES].decode("utf-8", "replace")):
        return f"named {suffix} but not an RSS, Atom or JSON feed (nor an HTML page)"
    return None


def not_read(kind: str) -> str:
    """The one-line reason a file of this kind is skipped."""
    return f"{kind}, not an article (brief reads text, HTML pages and feeds)"
