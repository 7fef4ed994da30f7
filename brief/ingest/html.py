"""Readable text from an HTML page saved to disk: paragraphs kept, scripts and navigation dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe", "template", "button", "select"})
_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "tr", "pre", "figcaption", "main"})


def looks_like_html(text: str) -> bool:
    """Whether the text is an HTML document rather than prose that mentions a tag."""
    return bool(_HTML_START.match(text[:4096]))


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.h1 = ""
        self._skip = 0
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in ("title", "h1"):
            self._in = tag
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        if tag == self._in:
            self._in = None
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
            return
        if self._skip:
            return
        if self._in == "h1":
            self.h1 += data
            return
        self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """The page's title and its text as paragraphs separated by blank lines."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    paragraphs = [re.sub(r"\s+", " ", block).strip() for block in re.split(r"\n\s*\n", raw)]
    text = "\n\n".join(p for p in paragraphs if p)
    title = re.sub(r"\s+", " ", parser.h1 or parser.title).strip()
    return title, text
