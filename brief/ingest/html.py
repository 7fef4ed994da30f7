"""Readable text and metadata from an HTML page, saved to disk or fetched from the web.

Main-text extraction is trafilatura's job: telling an article from navigation, ads, related links
and footers is a research problem it solves far better than any tag list we could keep. It is
imported only when a page is actually met, so reading plain text files never pays for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether the text is an HTML document rather than prose that mentions a tag."""
    return bool(_HTML_START.match(text[:4096]))


@dataclass(frozen=True)
class Extracted:
    """What a page says about itself: its main text (paragraphs split by blank lines) and metadata."""

    title: str
    text: str
    source: str = ""
    date: str = ""
    author: str = ""


def extract_html(html: str, url: str = "") -> Extracted:
    """The page's main text, title, site name, date and author; empty text when it has none.

    Precision first (a briefing quoting a cookie banner is worse than a shorter one); when that
    leaves nothing, trafilatura is asked again favouring recall.
    """
    from trafilatura import bare_extraction  # heavy (lxml, dateparser): only when a page is met

    _silence_library_logs()
    common: dict[str, object] = {
        "url": url or None,
        "with_metadata": True,
        "include_comments": False,
        "include_images": False,
        "include_links": False,
        "date_extraction_params": {"extensive_search": True, "original_date": True},
    }
    doc = bare_extraction(html, favor_precision=True, **common)  # type: ignore[arg-type]
    if doc is None or not _field(doc, "text").strip():
        doc = bare_extraction(html, favor_recall=True, **common)  # type: ignore[arg-type]
    if doc is None:
        return Extracted(title="", text="")
    title = _clean(_field(doc, "title"))
    lines = [_clean(line) for line in _field(doc, "text").split("\n")]
    lines = [line for line in lines if line]
    if lines and title and _same(lines[0], title):
        lines.pop(0)  # the headline repeated as the text's first line
    source = _clean(_field(doc, "sitename"))
    if not source and url:
        source = urlsplit(url).hostname or ""
        source = source[4:] if source.startswith("www.") else source
    return Extracted(
        title=title,
        text="\n\n".join(lines),
        source=source,
        date=_clean(_field(doc, "date")),
        author=_clean(_field(doc, "author")),
    )


def _silence_library_logs() -> None:
    """trafilatura and its helpers log their doubts; our one-line warnings are what users should see."""
    import logging

    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability", "lxml"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())  # stops Python's last-resort printing to stderr


def _field(doc: object, name: str) -> str:
    """A metadata field whether trafilatura hands back a Document or (older releases) a dict."""
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return str(value) if value else ""


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _same(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return norm(a) == norm(b)
