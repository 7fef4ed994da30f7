"""Articles from the web: fetching pages and feeds, with limits, a few at once, and a disk cache.

Fetching uses urllib from the standard library rather than requests or httpx: we need one GET
with a handful of explicit limits (timeout, size, redirect count, scheme check, gzip with a
decompressed-size cap), all of which are easier to enforce and test on urllib's plain building
blocks than through another client's defaults — and it adds no dependency. Nothing heavy is
imported at module level: ``brief --print seeds/`` never loads urllib.request, feedparser or
trafilatura.

A failed URL (404, timeout, not a page, too large) becomes a one-line problem naming it; the rest
goes on. Fetched responses are cached on disk so that reopening a briefing is instant and works
offline; feeds are re-fetched after an hour, falling back to the cached copy when offline.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from brief import __version__
from brief.ingest.cache import CACHE_ENV as CACHE_ENV
from brief.ingest.cache import CACHE_MAX_BYTES as CACHE_MAX_BYTES
from brief.ingest.cache import Cache as Cache
from brief.ingest.cache import Page as Page
from brief.ingest.cache import default_cache_dir as default_cache_dir
from brief.ingest.decode import NotText, decode_bytes
from brief.ingest.feeds import Entry, FeedError, feed_entries, is_json_feed
from brief.ingest.limits import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from brief.ingest.limits import human_size

if TYPE_CHECKING:
    from concurrent.futures import Future

USER_AGENT = f"brief/{__version__} (+offline news briefing)"
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ENTRIES = 50
DEFAULT_WORKERS = 8
MAX_REDIRECTS = 5
FEED_FRESH_SECONDS = 3600  # a cached feed older than this is fetched again (its entries change)

_URL = re.compile(r"\Ahttps?://[^\s/?#]+", re.I)
_SCHEME = re.compile(r"\A([a-z][a-z0-9+.-]*):", re.I)
_BARE_SCHEMES = frozenset({"javascript", "data", "mailto", "file", "about", "blob", "vbscript", "view-source"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"})
_XML_TYPES = frozenset({"application/xml", "text/xml"})
_TEXT_TYPES = frozenset({"text/plain"})
_FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)
_HTML_SNIFF = re.compile(rb"\A(?:\s|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_XML_ENCODING = re.compile(rb"\A\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.:-]+)", re.I)


class FetchError(Exception):
    """A URL could not be turned into a page; the message is one line, fit for the user."""


@dataclass(frozen=True)
class WebOptions:
    """How to fetch: limits, feed cap and cache behaviour. ``cache_dir`` None means the default."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_entries: int = DEFAULT_MAX_ENTRIES
    cache: bool = True  # read and write the cache (--no-cache turns both off)
    refresh: bool = False  # ignore cached copies but store fresh ones (--refresh)
    cache_dir: str | None = None
    workers: int = DEFAULT_WORKERS


@dataclass(frozen=True)
class WebDoc:
    """A page that should become an article, with what its feed entry said about it.

    ``page`` is None when the feed entry's own text is read instead: the entry has no page, or
    its page could not be fetched (``failure`` says why, for the message).
    """

    name: str  # the URL shown in messages and stored as the article's path
    page: Page | None
    hints: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the feed's text for the entry
    failure: str = ""  # why the page itself could not be had


@dataclass
class Fetched:
    """Everything fetched for a list of URL inputs: per input URL the pages to read, in order."""

    docs: dict[str, list[WebDoc]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    fetches: int = 0  # responses obtained or tried (pages, feeds and entries), for progress


# --- recognising URLs -----------------------------------------------------------------------------


def is_url(text: str) -> bool:
    """An http or https URL with a host: the only kinds of address brief fetches."""
    return bool(_URL.match(text.strip()))


def unsupported_scheme(text: str) -> str | None:
    """The scheme of a URL brief refuses (file:, ftp:, javascript: ...), or None for anything else.

    A single letter is a Windows drive (``C:``), not a scheme; other ``name:`` inputs count as
    URLs only with ``//`` or a scheme that never names a file.
    """
    match = _SCHEME.match(text.strip())
    if not match or len(match.group(1)) < 2:
        return None
    scheme = match.group(1).lower()
    if scheme in ("http", "https"):
        return None
    if text.strip()[match.end() : match.end() + 2] == "//" or scheme in _BARE_SCHEMES:
        return scheme
    return None


# --- fetching -------------------------------------------------------------------------------------


def fetch(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """GET one URL with our limits; raises FetchError with a one-line reason."""
    import http.client
    import urllib.error
    import urllib.request
    from urllib.parse import urljoin

    opener = _opener()
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        if not is_url(current):
            scheme = (unsupported_scheme(current) or "that").lower()
            raise FetchError(f"redirected to a {scheme} URL; only http and https are fetched")
        request = urllib.request.Request(
            current,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
            },
        )
        try:
            response = opener.open(request, timeout=timeout)
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location") if exc.headers else None
            exc.close()
            if exc.code in (301, 302, 303, 307, 308) and location:
                current = urljoin(current, location.strip())
                continue
            raise FetchError(f"HTTP {exc.code} {exc.reason or ''}".strip()) from None
        except urllib.error.URLError as exc:
            raise FetchError(_network_reason(exc.reason, timeout)) from None
        except TimeoutError:
            raise FetchError(f"timed out after {timeout:g} s") from None
        except (http.client.HTTPException, OSError, ValueError) as exc:
            raise FetchError(_network_reason(exc, timeout)) from None
        with response:
            media, charset = _content_type(response.headers.get("Content-Type", ""))
            body = _read_body(response, timeout, max_bytes)
            return Page(url, response.geturl() or current, media, charset, body, time.time())
    raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")


def _network_reason(reason: object, timeout: float) -> str:
    import socket

    if isinstance(reason, (socket.timeout, TimeoutError)) or "timed out" in str(reason):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return "host not found (or no network)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason).strip() or type(reason).__name__


def _content_type(header: str) -> tuple[str, str]:
    media, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.I)
    return media.strip().lower(), (match.group(1) if match else "")


def _read_body(response: Any, timeout: float, max_bytes: int) -> bytes:
    """The body, decompressed, cut off with an error past ``max_bytes`` or past 3x the timeout."""
    import zlib

    limit = f"the {human_size(max_bytes)} limit (--max-size)"
    declared = response.headers.get("Content-Length", "")
    if declared.strip().isdigit() and int(declared) > max_bytes:
        raise FetchError(f"response is {human_size(int(declared))}, above {limit}")
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflater: Any = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding in ("", "identity"):
        inflater = None
    else:
        raise FetchError(f"unsupported content encoding {encoding!r}")
    deadline = time.monotonic() + 3 * timeout  # the socket timeout is per read; this bounds the whole
    parts: list[bytes] = []
    size = 0
    try:
        while True:
            chunk = response.read(65536)
            if not chunk:
                break
            if inflater is not None:
                chunk = inflater.decompress(chunk, max_bytes + 1 - size)
            size += len(chunk)
            parts.append(chunk)
            if size > max_bytes:
                raise FetchError(f"response is larger than {limit}")
            if time.monotonic() > deadline:
                raise FetchError(f"download took longer than {3 * timeout:g} s")
        if inflater is not None:
            tail = inflater.flush()
            size += len(tail)
            parts.append(tail)
            if size > max_bytes:
                raise FetchError(f"response is larger than {limit}")
    except zlib.error:
        raise FetchError(f"corrupt {encoding} data") from None
    except FetchError:
        raise
    except Exception as exc:  # noqa: BLE001 - timeouts, resets, incomplete reads: one line each
        raise FetchError(_network_reason(exc, timeout)) from None
    return b"".join(parts)


def _opener() -> Any:
    """An opener that hands every redirect back to ``fetch``, which checks the scheme and counts hops."""
    import urllib.request

    class NoRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    return urllib.request.build_opener(NoRedirects())


# --- what a response is ---------------------------------------------------------------------------


def kind_of(page: Page) -> str:
    """"feed", "html" or "text"; raises FetchError for anything else (images, PDFs, JSON ...).

    The content type decides first, but servers are often wrong, so the body's start is sniffed.
    """
    head = page.body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if page.content_type in _FEED_TYPES or (_FEED_START.search(head[:1024]) and not _HTML_SNIFF.match(head)):
        return "feed"
    if is_json_feed(page.body, page.content_type):
        return "feed"
    if page.content_type in _HTML_TYPES or _HTML_SNIFF.match(head):
        return "html"
    if page.content_type in _TEXT_TYPES:
        return "text"
    shown = page.content_type or "no content type"
    if page.content_type in _XML_TYPES:
        raise FetchError(f"XML but neither an RSS/Atom feed nor an HTML page ({shown})")
    raise FetchError(f"not an HTML page or a feed ({shown})")


def decode_page(page: Page) -> str:
    """The page's text: the charset the server declared, else the page's own, else a guess."""
    declared = page.charset or _declared_charset(page.body)
    if declared:
        try:
            return page.body.decode(_codec(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back to detection
    try:
        text, _ = decode_bytes(page.body)
    except NotText as exc:
        raise NotText(f"cannot decode the page: {exc}") from None
    return text


def _declared_charset(body: bytes) -> str:
    match = _XML_ENCODING.match(body[:256]) or _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii", "replace") if match else ""


def _codec(name: str) -> str:
    """Browsers read "latin-1" and "ascii" pages as windows-1252; so do we."""
    lowered = name.strip().lower()
    return "cp1252" if lowered in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else lowered


# --- fetching many --------------------------------------------------------------------------------


def get_page(url: str, options: WebOptions, cache: Cache | None) -> tuple[Page, list[str]]:
    """The page for a URL: from the cache when allowed and fresh, else fetched (and then cached).

    A stale cached feed is fetched again; if that fails, the old copy is used with a warning, so a
    briefing of a feed still opens offline.
    """
    notes: list[str] = []
    cached = cache.get(url) if cache is not None and not options.refresh else None
    if cached is not None:
        stale = time.time() - cached.fetched > FEED_FRESH_SECONDS and _is_feed_body(cached)
        if not stale:
            return cached, notes
    try:
        page = fetch(url, options.timeout, options.max_bytes)
    except FetchError as exc:
        if cached is None:
            raise
        when = datetime.fromtimestamp(cached.fetched).strftime("%Y-%m-%d %H:%M")
        notes.append(f"{url}: {exc}; using the copy cached on {when}")
        return cached, notes
    if cache is not None:
        try:
            cache.put(page)
        except OSError as exc:
            notes.append(f"{url}: could not write the cache in {cache.directory} ({(exc.strerror or str(exc)).lower()})")
    return page, notes


def _is_feed_body(page: Page) -> bool:
    try:
        return kind_of(page) == "feed"
    except FetchError:
        return False


def fetch_all(
    urls: Sequence[str],
    options: WebOptions = WebOptions(),
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Fetched:
    """Fetch the URLs a few at a time; each feed's entries are fetched too, in the same pool.

    Per input URL the result lists the pages to read in order (one for a page, one per entry for a
    feed). Every URL is fetched at most once; failures become one-line problems naming the URL.
    """
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    result = Fetched(docs={url: [] for url in urls})
    cache = Cache(options.cache_dir) if options.cache else None
    entry_docs: dict[str, list[tuple[str, Entry, str]]] = {url: [] for url in urls}  # link, entry, feed title
    pages: dict[str, Page] = {}
    failed: dict[str, str] = {}
    seen: set[str] = set(urls)
    done = 0
    total = len(urls)
    with ThreadPoolExecutor(max_workers=max(1, options.workers), thread_name_prefix="brief-fetch") as pool:
        pending: dict[Future[tuple[Page, list[str]]], tuple[str, str | None]] = {
            pool.submit(get_page, url, options, cache): (url, None) for url in dict.fromkeys(urls)
        }
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                url, parent = pending.pop(future)
                done += 1
                try:
                    page, notes = future.result()
                except FetchError as exc:
                    failed[url] = str(exc)
                    if progress:
                        progress(done, total)
                    continue
                result.warnings.extend(notes)
                pages[url] = page
                if parent is None and _is_feed_body(page):
                    try:
                        title, entries = feed_entries(page.body, page.final_url, page.content_type, options.max_entries)
                    except FeedError as exc:
                        failed[url] = str(exc)
                    else:
                        for n, entry in enumerate(entries, 1):
                            if not entry.link:  # no page of its own: its text in the feed is the article
                                entry_docs[url].append((f"{url}#entry-{n}", entry, title))
                                continue
                            entry_docs[url].append((entry.link, entry, title))
                            if entry.link in seen:
                                continue
                            seen.add(entry.link)
                            if not is_url(entry.link):
                                failed[entry.link] = "feed entry link is not an http or https URL"
                                continue
                            pending[pool.submit(get_page, entry.link, options, cache)] = (entry.link, url)
                            total += 1
                if progress:
                    progress(done, total)
    result.fetches = done
    if cache is not None:
        cache.evict()
    used: set[str] = set()
    for url in dict.fromkeys(urls):
        if url in failed:
            result.errors.append(f"{url}: {failed[url]}")
            continue
        if url in used:
            continue
        if not entry_docs[url]:
            used.add(url)
            result.docs[url].append(WebDoc(url, pages[url], {"url": pages[url].final_url}))
            continue
        for link, entry, feed_title in entry_docs[url]:
            if link in used:
                continue  # the same story in two feeds, or also named on the command line: read once
            used.add(link)
            hints = {"url": entry.link, "title": entry.title, "date": entry.date, "source": feed_title}
            if not entry.link or link in failed:
                if entry.text:  # the page is gone or absent, but the feed carries the entry's text
                    kept = {k: v for k, v in hints.items() if v}
                    result.docs[url].append(WebDoc(link, None, kept, text=entry.text, failure=failed.get(link, "")))
                elif link in failed:
                    result.errors.append(f"{link}: {failed[link]}")
                continue
            entry_page = pages.get(link)
            if entry_page is None:
                continue
            hints["url"] = entry_page.final_url
            result.docs[url].append(WebDoc(link, entry_page, {k: v for k, v in hints.items() if v}))
    return result
