"""Feed entries: RSS and Atom (through feedparser) and JSON Feed, each with its link and its own text.

An entry's link is where its article is; the text the feed carries (``content``, else
``summary``) stands in when that page cannot be fetched, and is the article when an entry has no
page at all. Only links to the entry's page count: an Atom ``rel="self"`` link points at the
entry's own XML, and feedparser's fallback "link" for such an entry is its id.
"""

from __future__ import annotations

import calendar
import json
import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

JSON_FEED_TYPES = frozenset({"application/feed+json", "application/json"})
_JSON_FEED = re.compile(rb'\A\s*\{.{0,2000}?"version"\s*:\s*"https?://jsonfeed\.org/version/', re.S)


class FeedError(Exception):
    """A feed that cannot be read; the message is one line, fit for the user."""


@dataclass(frozen=True)
class Entry:
    """One feed entry: where its article is, what the feed says about it, and the text it carries."""

    link: str
    title: str = ""
    date: str = ""
    text: str = ""  # plain text, paragraphs separated by blank lines ("" when the feed has none)


def is_json_feed(body: bytes, content_type: str = "") -> bool:
    """A JSON Feed (jsonfeed.org), by its declared version; its content type is often plain JSON."""
    return (content_type in JSON_FEED_TYPES or not content_type or content_type.startswith("text/")) and bool(
        _JSON_FEED.match(body[:4096].lstrip(b"\xef\xbb\xbf"))
    )


def feed_entries(body: bytes, base_url: str, content_type: str, max_entries: int) -> tuple[str, list[Entry]]:
    """The feed's title and its first ``max_entries`` entries with a link or a text of their own."""
    title, entries = (_json_entries if is_json_feed(body, content_type) else _xml_entries)(body, base_url, content_type)
    entries = [e for e in entries if e.link or e.text][:max_entries]
    if not entries:
        raise FeedError("feed entries have no links and no text")
    return title, entries


def _xml_entries(body: bytes, base_url: str, content_type: str) -> tuple[str, list[Entry]]:
    import io
    from urllib.parse import urljoin

    import feedparser  # only when a feed is met

    parsed = feedparser.parse(
        io.BytesIO(body),  # never a string: feedparser would treat it as a URL or a path
        response_headers={"content-location": base_url, "content-type": content_type or "application/xml"},
    )
    if not parsed.entries:
        if getattr(parsed, "bozo", False):
            raise FeedError(f"not a readable feed ({one_line(parsed.get('bozo_exception', 'malformed XML'))})")
        raise FeedError("feed has no entries")
    entries: list[Entry] = []
    for item in parsed.entries:
        link = _page_link(item)
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        date = format_stamp(stamp) if stamp else one_line(item.get("published", "") or item.get("updated", ""))
        contents = [c.get("value", "") for c in item.get("content", []) if c.get("value")]
        text = fragment_text(contents[0] if contents else item.get("summary", ""))
        entries.append(Entry(urljoin(base_url, link) if link else "", one_line(item.get("title", "")), date, text))
    return one_line(parsed.feed.get("title", "")), entries


def _page_link(item: Any) -> str:
    """The entry's page: its alternate link (RSS <link>, Atom rel="alternate" or no rel), never rel="self"."""
    for link in item.get("links", []):
        href = (link.get("href") or "").strip()
        if href and link.get("rel", "alternate") == "alternate":
            return href
    link = str(item.get("link") or "").strip()
    if item.get("guidislink") and re.match(r"https?://", link, re.I):
        return link  # an RSS <guid isPermaLink="true"> standing in for <link>; an Atom id is not a page
    return ""


def _json_entries(body: bytes, base_url: str, content_type: str) -> tuple[str, list[Entry]]:
    from urllib.parse import urljoin

    try:
        feed = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FeedError(f"not a readable JSON feed ({one_line(exc)})") from None
    items = feed.get("items") if isinstance(feed, dict) else None
    if not isinstance(items, list) or not items:
        raise FeedError("feed has no entries")
    entries: list[Entry] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = _string(item.get("url")) or _string(item.get("external_url"))
        html = _string(item.get("content_html"))
        text = fragment_text(html) if html else _string(item.get("content_text")) or fragment_text(_string(item.get("summary")))
        date = _iso_date(_string(item.get("date_published")) or _string(item.get("date_modified")))
        entries.append(Entry(urljoin(base_url, link) if link else "", one_line(_string(item.get("title"))), date, text.strip()))
    return one_line(_string(feed.get("title"))), entries


def _string(value: object) -> str:
    return value if isinstance(value, str) else ""


def _iso_date(text: str) -> str:
    """A JSON Feed's RFC 3339 date as the feeds' other dates are shown (``2024-03-08 10:00 UTC``)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return one_line(text)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return format_stamp(moment.timetuple())


def format_stamp(stamp: time.struct_time) -> str:
    """A feed's UTC time as ``2024-03-08 10:00 UTC``, or just the day when no time was given."""
    moment = datetime.fromtimestamp(calendar.timegm(stamp), tz=timezone.utc)
    return moment.strftime("%Y-%m-%d") if (moment.hour, moment.minute) == (0, 0) else moment.strftime("%Y-%m-%d %H:%M UTC")


def one_line(value: object) -> str:
    return re.sub(r"\s+", " ", str(value)).strip()


_BLOCKS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article figure figcaption tr table pre hr".split())
_SKIPPED = frozenset({"script", "style", "template", "noscript"})


@lru_cache(maxsize=1)
def _text_only() -> type:
    """The fragment parser's class, built on first use: html.parser is not needed to read files."""
    from html.parser import HTMLParser

    class TextOnly(HTMLParser):
        """The text of an HTML fragment, a blank line at each block; tags and scripts dropped, entities read."""

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skipping = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _SKIPPED:
                self.skipping += 1
            elif tag in _BLOCKS:
                self.parts.append("\n\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in _SKIPPED:
                self.skipping = max(0, self.skipping - 1)
            elif tag in _BLOCKS:
                self.parts.append("\n\n")

        def handle_data(self, data: str) -> None:
            if not self.skipping:
                self.parts.append(data)

    return TextOnly


def fragment_text(html: str) -> str:
    """Plain paragraphs from a feed's HTML (or plain) text; "" for none."""
    if not html.strip():
        return ""
    parser = _text_only()()
    parser.feed(html)
    parser.close()
    paragraphs = (re.sub(r"[ \t\r\f\v\n]+", " ", p).strip() for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)
