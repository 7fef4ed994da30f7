"""Articles from the web: fetching with limits, feeds, the cache, dates and the command line.

Every response comes from a server on 127.0.0.1 started inside the test run; an autouse fixture
refuses any other connection, so no test can reach the internet.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape as html_escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from brief import __version__, pipeline
from brief.ingest.dates import order_by_date, sortable_date
from brief.ingest.files import expand_inputs, load_articles
from brief.ingest.web import (
    USER_AGENT,
    Cache,
    FetchError,
    Page,
    WebOptions,
    fetch,
    is_url,
    unsupported_scheme,
)
from brief.model import BriefingItem, SentenceRef

ROOT = Path(__file__).resolve().parents[1]

STORY = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Port strike ends after nine days | Valmora Herald</title>
<meta property="og:site_name" content="Valmora Herald">
<meta property="article:published_time" content="2024-03-08T10:00:00Z">
<meta name="author" content="Ana Ruiz">
<script>window.tracker = {id: 42};</script>
<style>.ad { color: red }</style>
</head><body>
<header><div class="logo">Valmora Herald</div>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="advert ad-banner" id="ad-top">ADVERTISEMENT Cheap flights to Lisbon from 9 euros, book now</div>
<main><article>
<h1>Port strike ends after nine days</h1>
<p class="byline">By Ana Ruiz</p>
<p>The strike at the port of Valmora ended on Friday after nine days, the dockworkers' union said
in a statement, after the harbour authority agreed to a pay rise of six percent over two years.</p>
<p>Workers will return to the quays on Monday morning, and the first container ships that waited
off the coast are expected to dock by the afternoon, officials at the harbour authority said.</p>
<p>The dispute had cost the regional economy about forty million euros, according to the chamber
of commerce, which had urged both sides to accept mediation by the regional government.</p>
<p>"We are relieved that the port is open again, but the damage to exporters will take months to
repair," said Marta Solís, who heads the chamber's logistics committee.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Ten things to do in Valmora this weekend</a></li>
<li><a href="/b">Football: Valmora wins the derby</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© 2024 Valmora Herald. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie settings</a></li></ul></footer>
</body></html>
"""

_SUBJECTS = ["The mayor", "A court in Brenna", "The finance ministry", "Farmers near Ostra", "The rail operator",
             "Doctors at the central hospital", "A group of fishermen", "The election commission", "Teachers' unions",
             "The national weather service", "Residents of the old quarter", "The airline"]
_VERBS = ["announced", "rejected", "postponed", "welcomed", "criticised", "approved", "investigated", "questioned"]
_OBJECTS = ["a plan to widen the coastal road", "new limits on water use", "the budget for next year",
            "a proposal to close two schools", "the sale of the municipal airport", "higher fees for parking",
            "an inquiry into the flooding", "a ban on night flights", "the merger of three hospitals",
            "subsidies for solar panels", "the route of the new tram line", "a rise in ferry fares"]
_WHEN = ["on Monday", "on Tuesday", "late on Wednesday", "on Thursday", "on Friday", "at the weekend"]


def entry_page(n: int) -> str:
    """A distinct article for feed entry ``n``: random but fixed sentences, so no two are duplicates."""
    rng = random.Random(n)
    paragraphs = []
    for _ in range(3):
        sentences = [
            f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_WHEN)}, "
            f"citing a report of {rng.randint(12, 990)} pages and costs of {rng.randint(2, 400)} million euros."
            for _ in range(3)
        ]
        paragraphs.append("<p>" + " ".join(sentences) + "</p>")
    return (
        f"<!DOCTYPE html><html><head><title>Story {n}</title>"
        f'<meta property="og:site_name" content="Ostra Daily"></head><body>'
        f'<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Story number {n}</h1>'
        + "".join(paragraphs)
        + "</article><footer>© Ostra Daily</footer></body></html>"
    )


def rss_feed(count: int) -> str:
    items = "".join(
        f"<item><title>Story {n} from the feed</title><link>/entry/{n}</link>"
        f"<guid>/entry/{n}</guid><pubDate>{(n % 28) + 1:02d} Feb 2024 0{n % 10}:30:00 GMT</pubDate>"
        f"<description>Summary {n}</description></item>"
        for n in range(1, count + 1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Ostra Daily: News</title><link>/</link><description>All the news</description>"
        f"{items}</channel></rss>"
    )


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valmora Herald</title>
  <id>urn:test:herald</id>
  <updated>2024-03-09T12:00:00Z</updated>
  <entry><title>A later story</title><link href="/entry/7"/><id>urn:test:7</id>
    <updated>2024-03-09T12:00:00Z</updated></entry>
  <entry><title>An earlier story</title><link href="/entry/8"/><id>urn:test:8</id>
    <published>2024-01-02T08:15:00Z</published><updated>2024-01-02T08:15:00Z</updated></entry>
</feed>
"""


@dataclass
class Server:
    """A local HTTP server whose routes the tests write; it records each request's path and agent."""

    base: str
    routes: dict[str, Callable[[BaseHTTPRequestHandler], None]]
    requests: list[tuple[str, str]] = field(default_factory=list)
    stop: Callable[[], None] = lambda: None

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def page(body: str | bytes, ctype: str = "text/html; charset=utf-8", status: int = 200, headers: dict[str, str] | None = None) -> Callable[[BaseHTTPRequestHandler], None]:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return lambda h: _send(h, status, data, ctype, headers)


def redirect(to: str) -> Callable[[BaseHTTPRequestHandler], None]:
    return lambda h: _send(h, 302, b"", "text/plain", {"Location": to})


def slow(delay: float) -> Callable[[BaseHTTPRequestHandler], None]:
    def handle(h: BaseHTTPRequestHandler) -> None:
        time.sleep(delay)
        try:
            _send(h, 200, STORY.encode(), "text/html")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first, as it should

    return handle


def unsized(body: bytes, ctype: str = "text/html") -> Callable[[BaseHTTPRequestHandler], None]:
    """No Content-Length: the body ends when the connection closes, so only reading can tell its size."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", ctype)
        h.send_header("Connection", "close")
        h.end_headers()
        try:
            for i in range(0, len(body), 65536):
                h.wfile.write(body[i : i + 65536])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its limit, as it should

    return handle


def default_routes() -> dict[str, Callable[[BaseHTTPRequestHandler], None]]:
    routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {
        "/story": page(STORY),
        "/story-gzip": page(gzip.compress(STORY.encode()), headers={"Content-Encoding": "gzip"}),
        "/redirect": redirect("/story"),
        "/loop": redirect("/loop"),
        "/to-file": redirect("file:///etc/passwd"),
        "/missing": page("<html><body>Not here</body></html>", status=404),
        "/slow": slow(3.0),
        "/big": page(b"<html><body>" + b"<p>word </p>" * 200_000 + b"</body></html>"),
        "/big-unsized": unsized(b"<html><body>" + b"<p>word </p>" * 200_000 + b"</body></html>"),
        "/pdf": page(b"%PDF-1.4 not really a pdf", ctype="application/pdf"),
        "/binary-html": page(b"\x00\x01\x02\xff\xfe" * 400, ctype="text/html"),
        "/latin1": page(STORY.replace("Solís", "Solís").encode("cp1252"), ctype="text/html; charset=iso-8859-1"),
        "/plain": page("The ferry to Ostra was cancelled on Sunday because of a storm, the operator said.\n", ctype="text/plain"),
        "/feed.xml": page(rss_feed(50), ctype="application/rss+xml"),
        "/feed-sniffed": page(rss_feed(3), ctype="text/html"),
        "/atom.xml": page(ATOM, ctype="application/atom+xml"),
        "/empty-feed": page('<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing</title></channel></rss>', ctype="application/rss+xml"),
    }
    for n in range(1, 60):
        routes[f"/entry/{n}"] = page(entry_page(n))
    return routes


def start_server() -> Server:
    routes = default_routes()
    server_box: dict[str, Server] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            srv = server_box["s"]
            srv.requests.append((self.path, self.headers.get("User-Agent", "")))
            handler = srv.routes.get(self.path)
            if handler is None:
                _send(self, 404, b"not found", "text/plain")
            else:
                handler(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Httpd(ThreadingHTTPServer):
        request_queue_size = 128  # the default backlog of 5 drops connections from a pool of 8

    httpd = Httpd(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()

    def stop() -> None:
        httpd.shutdown()
        httpd.server_close()

    server = Server(f"http://127.0.0.1:{httpd.server_address[1]}", routes, stop=stop)
    server_box["s"] = server
    return server


@pytest.fixture
def server() -> Iterator[Server]:
    srv = start_server()
    yield srv
    srv.stop()


@pytest.fixture(autouse=True)
def local_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the internet (nor a proxy), and none may write the user's real cache."""
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise AssertionError(f"test tried to reach {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path / "default-cache"))


def opts(tmp_path: Path, **kwargs: object) -> WebOptions:
    values: dict[str, object] = {"cache_dir": str(tmp_path / "cache"), "timeout": 5.0}
    values.update(kwargs)
    return WebOptions(**values)  # type: ignore[arg-type]


# --- URLs as inputs -------------------------------------------------------------------------------


def test_urls_are_recognised_and_other_schemes_refused(tmp_path: Path) -> None:
    assert is_url("https://example.org/story") and is_url("HTTP://example.org")
    assert not is_url("http://") and not is_url("story.txt") and not is_url("ftp://example.org/x")
    for bad, scheme in [("file:///etc/passwd", "file"), ("ftp://example.org/a", "ftp"), ("javascript:alert(1)", "javascript"), ("data:text/html,hi", "data")]:
        assert unsupported_scheme(bad) == scheme
    assert unsupported_scheme("C:\\news\\a.txt") is None and unsupported_scheme("notes: monday.txt") is None
    local = tmp_path / "a.txt"
    local.write_text("A story.")
    found, problems = expand_inputs(["https://example.org/story", str(local), "file:///etc/passwd", "javascript:alert(1)"])
    assert found == ["https://example.org/story", str(local)]
    assert problems == [
        "file:///etc/passwd: file: URLs are not fetched; only http and https",
        "javascript:alert(1): javascript: URLs are not fetched; only http and https",
    ]


def test_saved_page_and_html_saved_as_txt_are_extracted_the_same_way(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(STORY, encoding="utf-8")
    (tmp_path / "page-saved-as.txt").write_text(STORY.replace("nine days", "ten days"), encoding="utf-8")
    loaded = load_articles([str(tmp_path / "page.html"), str(tmp_path / "page-saved-as.txt")], web=opts(tmp_path))
    assert loaded.errors == () and len(loaded.articles) == 1  # the second is the same story
    article = loaded.articles[0]
    assert (article.title, article.source, article.date, article.url) == ("Port strike ends after nine days", "Valmora Herald", "2024-03-08", "")
    assert "Cheap flights" not in article.text and "All rights reserved" not in article.text
    assert loaded.warnings == ()  # reading a saved page is what brief does, not news worth a warning (issue 11)
    assert not (tmp_path / "cache").exists()  # nothing fetched, nothing cached


# --- fetching with limits -------------------------------------------------------------------------


def test_article_page_is_extracted_without_navigation_ads_or_footer(server: Server, tmp_path: Path) -> None:
    loaded = load_articles([server.url("/story")], web=opts(tmp_path))
    assert loaded.errors == () and len(loaded.articles) == 1
    article = loaded.articles[0]
    assert article.title == "Port strike ends after nine days"
    assert article.source == "Valmora Herald"
    assert article.date == "2024-03-08"
    assert article.url == server.url("/story") and article.path == server.url("/story")
    assert article.text.startswith("The strike at the port of Valmora ended on Friday")
    assert "Marta Solís" in article.text
    for junk in ("Home", "Weather", "ADVERTISEMENT", "Cheap flights", "Related stories", "derby", "All rights reserved", "Privacy", "tracker", "color: red"):
        assert junk not in article.text, junk
    assert loaded.warnings == ()  # a fetched page is expected to be HTML: no "extracted its text" note
    assert server.requests[0][1] == USER_AGENT == f"brief/{__version__} (+offline news briefing)"


def test_redirect_gzip_plain_text_and_declared_charset(server: Server, tmp_path: Path) -> None:
    urls = [server.url(p) for p in ("/redirect", "/story-gzip", "/plain", "/latin1")]
    loaded = load_articles(urls, web=opts(tmp_path, cache=False))
    assert loaded.errors == ()
    # /redirect, /story-gzip and /latin1 are the same story: read once, the others reported as duplicates
    assert [a.path for a in loaded.articles] == [urls[0], urls[2]]
    assert loaded.articles[0].url == server.url("/story")  # where the redirect led
    assert "ferry to Ostra" in loaded.articles[1].text and loaded.articles[1].url == urls[2]
    assert [dup for dup, _ in loaded.duplicates] == [urls[1], urls[3]]
    latin = load_articles([urls[3]], web=opts(tmp_path, cache=False)).articles[0]
    assert "Marta Solís" in latin.text


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/nowhere", "HTTP 404"),
        ("/loop", "too many redirects (more than 5)"),
        ("/to-file", "redirected to a file URL; only http and https are fetched"),
        ("/big", "response is 2.3 MB, above the 1 MB limit (--max-size)"),
        ("/big-unsized", "response is larger than the 1 MB limit (--max-size)"),
        ("/pdf", "not an HTML page or a feed (application/pdf)"),
        ("/binary-html", "cannot decode the page: binary file"),
        ("/empty-feed", "feed has no entries"),
    ],
)
def test_a_failed_url_is_one_line_naming_it_and_the_rest_goes_on(server: Server, tmp_path: Path, path: str, reason: str) -> None:
    bad = server.url(path)
    loaded = load_articles([bad, server.url("/story")], web=opts(tmp_path, max_bytes=1024 * 1024))
    assert len(loaded.articles) == 1 and loaded.articles[0].path == server.url("/story")
    assert len(loaded.errors) == 1
    assert loaded.errors[0].startswith(f"{bad}: {reason}"), loaded.errors[0]
    assert "\n" not in loaded.errors[0]


def test_slow_server_times_out_while_others_are_fetched_meanwhile(server: Server, tmp_path: Path) -> None:
    started = time.monotonic()
    loaded = load_articles([server.url("/slow"), server.url("/story"), server.url("/plain")], web=opts(tmp_path, timeout=1.0))
    elapsed = time.monotonic() - started
    assert loaded.errors == (f"{server.url('/slow')}: timed out after 1 s",)
    assert len(loaded.articles) == 2
    assert elapsed < 2.5  # did not wait for the 3 s response


def test_unreachable_host_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="connection refused"):
        fetch(f"http://127.0.0.1:{port}/x", timeout=1.0)


# --- feeds ----------------------------------------------------------------------------------------


def test_rss_feed_of_fifty_entries_is_read_in_parallel_and_capped(server: Server, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    loaded = load_articles([server.url("/feed.xml")], web=opts(tmp_path), progress=lambda d, t: steps.append((d, t)))
    assert loaded.errors == ()
    assert len(loaded.articles) == 50
    first = loaded.articles[0]
    assert first.path == server.url("/entry/1") and first.url == server.url("/entry/1")
    assert first.title == "Story number 1"  # the page's headline; the feed's title only fills a gap
    assert first.source == "Ostra Daily"
    assert first.date == "2024-02-02 01:30 UTC"  # the feed's date wins over a guess from the page
    assert steps and steps[-1][0] == steps[-1][1]  # progress ends complete
    assert max(t for _, t in steps) == 51 + 1  # the feed, its 50 entries, then 1 input read
    capped = load_articles([server.url("/feed.xml")], web=opts(tmp_path, max_entries=5, refresh=True))
    assert [a.path for a in capped.articles] == [server.url(f"/entry/{n}") for n in range(1, 6)]


def test_atom_feed_with_relative_links_and_a_feed_sniffed_from_its_body(server: Server, tmp_path: Path) -> None:
    loaded = load_articles([server.url("/atom.xml"), server.url("/feed-sniffed")], web=opts(tmp_path))
    assert loaded.errors == ()
    assert [a.path for a in loaded.articles] == [server.url(p) for p in ("/entry/7", "/entry/8", "/entry/1", "/entry/2", "/entry/3")]
    assert loaded.articles[0].date == "2024-03-09 12:00 UTC" and loaded.articles[1].date == "2024-01-02 08:15 UTC"


def test_an_entry_named_twice_is_fetched_and_read_once(server: Server, tmp_path: Path) -> None:
    loaded = load_articles([server.url("/entry/7"), server.url("/atom.xml")], web=opts(tmp_path))
    assert [a.path for a in loaded.articles] == [server.url("/entry/7"), server.url("/entry/8")]
    assert server.hits("/entry/7") == 1


def test_failed_entries_are_reported_and_the_feed_goes_on(server: Server, tmp_path: Path) -> None:
    server.routes["/entry/2"] = page("gone", status=410)
    loaded = load_articles([server.url("/feed-sniffed")], web=opts(tmp_path))
    assert [a.path for a in loaded.articles] == [server.url("/entry/1"), server.url("/entry/3")]
    assert loaded.errors == (f"{server.url('/entry/2')}: HTTP 410 Gone",)


def entry_html(n: int) -> str:
    """Entry ``n``'s article as a feed carries it: the story's paragraphs, in HTML."""
    rng = random.Random(1000 + n)
    sentences = [
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_WHEN)}, "
        f"citing a report of {rng.randint(12, 990)} pages and costs of {rng.randint(2, 400)} million euros."
        for _ in range(6)
    ]
    return "<p>" + " ".join(sentences[:3]) + "</p><p>" + " ".join(sentences[3:]) + "<script>alert(1)</script></p>"


def test_an_entry_whose_page_is_gone_is_read_from_the_feed_text(server: Server, tmp_path: Path) -> None:
    items = (
        "<item><title>Gone but carried</title><link>/gone/1</link><pubDate>02 Feb 2024 09:30:00 GMT</pubDate>"
        f"<content:encoded><![CDATA[{entry_html(1)}]]></content:encoded></item>"
        "<item><title>Gone, only a teaser</title><link>/gone/2</link><description>A teaser.</description></item>"
        "<item><title>Here</title><link>/entry/3</link><description>Summary 3</description></item>"
    )
    server.routes["/carried.xml"] = page(
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Ostra Daily</title><link>/</link>{items}</channel></rss>", ctype="application/rss+xml",
    )
    loaded = load_articles([server.url("/carried.xml")], web=opts(tmp_path))
    assert [a.path for a in loaded.articles] == [server.url("/gone/1"), server.url("/entry/3")]
    carried = loaded.articles[0]
    assert carried.title == "Gone but carried" and carried.date == "2024-02-02 09:30 UTC" and carried.url == server.url("/gone/1")
    assert "alert" not in carried.text and carried.text.count("\n\n") == 1  # two paragraphs, no script
    assert loaded.warnings == (f"{server.url('/gone/1')}: HTTP 404 Not Found; read the entry's text from the feed instead",)
    assert loaded.errors == (f"{server.url('/gone/2')}: HTTP 404 Not Found",)  # a teaser cannot stand in for the page


def test_json_feed_with_a_linked_entry_and_one_carried_whole(server: Server, tmp_path: Path) -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Ostra Daily (JSON)",
        "items": [
            {"id": "4", "url": "/entry/4", "title": "Linked", "date_published": "2024-03-08T10:00:00+01:00"},
            {"id": "5", "title": "Carried", "content_html": entry_html(5), "date_published": "2024-03-09T08:00:00Z"},
            {"id": "6", "title": "Nothing to read"},
        ],
    }
    server.routes["/feed.json"] = page(json.dumps(feed), ctype="application/feed+json")
    server.routes["/feed-plain.json"] = page(json.dumps(feed), ctype="application/json")
    loaded = load_articles([server.url("/feed.json")], web=opts(tmp_path))
    assert loaded.errors == () and loaded.warnings == ()
    assert [a.path for a in loaded.articles] == [server.url("/entry/4"), server.url("/feed.json") + "#entry-2"]
    assert loaded.articles[0].date == "2024-03-08 09:00 UTC" and loaded.articles[1].date == "2024-03-09 08:00 UTC"
    assert loaded.articles[1].title == "Carried" and loaded.articles[1].source == "Ostra Daily (JSON)"
    again = load_articles([server.url("/feed-plain.json")], web=opts(tmp_path))  # served as plain JSON
    assert len(again.articles) == 2 and again.errors == ()


def test_atom_entry_with_only_a_self_link_is_not_an_error(server: Server, tmp_path: Path) -> None:
    server.routes["/self.xml"] = page(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Herald API</title><id>urn:h</id>'
        '<entry><title>Self only, with content</title><id>urn:h:1</id><link rel="self" href="/api/entries/1"/>'
        f'<updated>2024-03-09T12:00:00Z</updated><content type="html">{html_escape(entry_html(9))}</content></entry>'
        '<entry><title>Self only, nothing else</title><id>urn:h:2</id><link rel="self" href="/api/entries/2"/>'
        "<updated>2024-03-09T12:00:00Z</updated></entry>"
        '<entry><title>Alternate and self</title><id>urn:h:3</id><link rel="self" href="/api/entries/3"/>'
        '<link rel="alternate" href="/entry/3"/><updated>2024-03-09T12:00:00Z</updated></entry></feed>',
        ctype="application/atom+xml",
    )
    loaded = load_articles([server.url("/self.xml")], web=opts(tmp_path))
    assert loaded.errors == () and loaded.warnings == ()
    assert [a.title for a in loaded.articles] == ["Self only, with content", "Story number 3"]
    assert not any(path.startswith("/api/") or path == "/urn:h:1" for path, _ in server.requests)


def test_a_failed_url_is_in_meta_warnings(server: Server, tmp_path: Path) -> None:
    options = pipeline.Options(actors=False, workers=1, cache_dir=str(tmp_path / "cache"))
    loaded = pipeline.load([server.url("/story"), server.url("/missing")], options)
    report = pipeline.build_report(loaded, options)
    assert report.meta.warnings[0] == f"{server.url('/missing')}: HTTP 404 Not Found; skipped"


# --- the cache ------------------------------------------------------------------------------------


def test_cache_makes_a_second_run_work_offline(server: Server, tmp_path: Path) -> None:
    urls = [server.url("/story"), server.url("/atom.xml")]
    first = load_articles(urls, web=opts(tmp_path))
    assert len(first.articles) == 3 and server.hits("/story") == 1
    server.stop()
    again = load_articles(urls, web=opts(tmp_path))
    assert again.errors == () and again.articles == first.articles
    refreshed = load_articles(urls, web=opts(tmp_path, refresh=True))
    assert refreshed.articles == () and len(refreshed.errors) == 2
    assert all("connection refused" in e for e in refreshed.errors)


def test_refresh_fetches_again_and_updates_the_cache(server: Server, tmp_path: Path) -> None:
    load_articles([server.url("/story")], web=opts(tmp_path))
    load_articles([server.url("/story")], web=opts(tmp_path))
    assert server.hits("/story") == 1
    server.routes["/story"] = page(STORY.replace("nine days", "ten days"))
    refreshed = load_articles([server.url("/story")], web=opts(tmp_path, refresh=True))
    assert server.hits("/story") == 2 and refreshed.articles[0].title == "Port strike ends after ten days"
    cached = load_articles([server.url("/story")], web=opts(tmp_path))
    assert server.hits("/story") == 2 and cached.articles[0].title == "Port strike ends after ten days"


def test_no_cache_writes_nothing_and_reads_nothing(server: Server, tmp_path: Path) -> None:
    load_articles([server.url("/story")], web=opts(tmp_path, cache=False))
    load_articles([server.url("/story")], web=opts(tmp_path, cache=False))
    assert server.hits("/story") == 2
    assert not (tmp_path / "cache").exists()
    assert not (tmp_path / "default-cache").exists()


def test_default_cache_dir_comes_from_the_environment(server: Server, tmp_path: Path) -> None:
    load_articles([server.url("/story")], web=WebOptions(timeout=5.0))
    assert len(list((tmp_path / "default-cache").glob("*.page"))) == 1


def test_stale_feed_is_refetched_but_the_old_copy_serves_when_offline(server: Server, tmp_path: Path) -> None:
    urls = [server.url("/atom.xml")]
    load_articles(urls, web=opts(tmp_path))
    cache = Cache(tmp_path / "cache")
    old = cache.get(urls[0])
    assert old is not None
    cache.put(Page(old.url, old.final_url, old.content_type, old.charset, old.body, old.fetched - 7200))
    load_articles(urls, web=opts(tmp_path))
    assert server.hits("/atom.xml") == 2  # stale feed: fetched again; entries came from the cache
    assert server.hits("/entry/7") == 1
    cache.put(Page(old.url, old.final_url, old.content_type, old.charset, old.body, old.fetched - 7200))
    server.stop()
    offline = load_articles(urls, web=opts(tmp_path))
    assert len(offline.articles) == 2
    assert len(offline.warnings) == 1 and "using the copy cached on" in offline.warnings[0]


def test_cache_writes_are_atomic_bounded_and_tolerate_damage(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c", max_bytes=2500)
    for n in range(4):
        cache.put(Page(f"http://h/{n}", f"http://h/{n}", "text/html", "", bytes([65 + n]) * 1000, 1.0))
        path = cache._path(f"http://h/{n}")
        os.utime(path, (1000 + n, 1000 + n))
    assert not [p for p in (tmp_path / "c").iterdir() if not p.name.endswith(".page")]  # no temporaries left
    assert cache.get("http://h/0") is not None  # reading refreshes its place in line
    assert cache.evict() == 2
    assert [n for n in range(4) if cache.get(f"http://h/{n}") is not None] == [0, 3]
    cache._path("http://h/3").write_bytes(cache._path("http://h/3").read_bytes()[:-10])  # torn write
    assert cache.get("http://h/3") is None
    cache._path("http://h/0").write_bytes(b"not json\n")
    assert cache.get("http://h/0") is None
    cache.put(Page("http://h/huge", "http://h/huge", "text/html", "", b"x" * 5000, 1.0))
    assert cache.get("http://h/huge") is None  # larger than the whole cache: not kept


# --- dates ----------------------------------------------------------------------------------------


def test_dates_parse_in_common_forms() -> None:
    from datetime import datetime

    assert sortable_date("2024-03-08") == datetime(2024, 3, 8)
    assert sortable_date("2024-03-08T10:05:00Z") == datetime(2024, 3, 8, 10, 5)
    assert sortable_date("2024-02-02 01:30 UTC") == datetime(2024, 2, 2, 1, 30)
    assert sortable_date("Fri, 08 Mar 2024 10:00:00 +0100") == datetime(2024, 3, 8, 9, 0)
    assert sortable_date("8 March 2024") == datetime(2024, 3, 8)
    assert sortable_date("March 8th, 2024") == datetime(2024, 3, 8)
    assert sortable_date("") is None and sortable_date("yesterday") is None and sortable_date("2024-13-45") is None


def test_order_by_date_is_chronological_undated_last_and_stable() -> None:
    items = [BriefingItem(f"s{i}", (SentenceRef(article, 0),)) for i, article in enumerate([1, 2, 3, 4, 2, 5])]
    dates = {1: "", 2: "2024-03-08", 3: "7 March 2024", 4: "not a date", 5: "2024-03-08T09:00:00Z"}
    ordered = order_by_date(items, dates)
    assert [i.text for i in ordered] == ["s2", "s1", "s4", "s5", "s0", "s3"]


def test_pipeline_orders_the_briefing_by_date(tmp_path: Path) -> None:
    stories = [
        ("2024-03-10", "The bridge over the Aller reopened on Sunday after repairs that lasted six months, the city said."),
        ("2023-09-01", "Engineers found cracks in two of the five piers of the Aller bridge during an inspection in September."),
        ("2024-01-15", "The city council voted to spend four million euros on repairing the Aller bridge, officials said."),
    ]
    for n, (date, text) in enumerate(stories):
        (tmp_path / f"{n}.txt").write_text(f"---\ndate: {date}\n---\n{text} {text.replace('the', 'a')}\n")
    options = pipeline.Options(actors=False, sentences=6, order="date", one_story=True)
    loaded = pipeline.load([str(tmp_path)], options)
    report = pipeline.build_report(loaded, options)
    dates = [report.articles[item.sources[0].article - 1].date for item in report.stories[0].briefing]
    assert dates == sorted(dates) and len(set(dates)) == 3


# --- the command line -----------------------------------------------------------------------------


def _cli(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRIEF_CACHE_DIR": str(cache), "NO_PROXY": "*", "no_proxy": "*"}
    return subprocess.run(
        [sys.executable, "-m", "brief", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=180
    )


def test_cli_mixes_a_url_a_feed_and_a_local_file(server: Server, tmp_path: Path) -> None:
    local = tmp_path / "local.txt"
    local.write_text(
        "---\ntitle: Ferries stop\nsource: Coast Radio\ndate: 2024-03-01\n---\n"
        "All ferries between Valmora and Ostra were cancelled on Sunday because of a storm, the operator said. "
        "Passengers were offered refunds or places on Monday's crossings.\n"
    )
    bad = server.url("/missing")
    result = _cli("--print", "-f", "json", "--no-actors", "--timeout", "2", "--order", "date",
                  server.url("/story"), str(local), bad, server.url("/atom.xml"), cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert f"brief: warning: {bad}: HTTP 404 Not Found; skipped" in result.stderr.splitlines()
    data = json.loads(result.stdout)
    articles = data["articles"]
    assert [a["url"] or a["path"] for a in articles] == [server.url("/story"), str(local), server.url("/entry/7"), server.url("/entry/8")]
    assert (articles[0]["source"], articles[0]["date"]) == ("Valmora Herald", "2024-03-08")
    assert (articles[1]["source"], articles[1]["date"]) == ("Coast Radio", "2024-03-01")
    text = _cli("--print", "--no-actors", server.url("/story"), str(local), cache=tmp_path / "cache")
    assert "[1] Port strike ends after nine days (Valmora Herald, 2024-03-08)" in text.stdout
    assert server.url("/story") in text.stdout and server.hits("/story") == 1  # second run: from the cache


def test_cli_rejects_other_schemes_and_bad_options(tmp_path: Path) -> None:
    result = _cli("--print", "file:///etc/passwd", cache=tmp_path / "cache")
    assert result.returncode == 2
    assert "file:///etc/passwd: file: URLs are not fetched; only http and https" in result.stderr
    assert _cli("--timeout", "0", "x", cache=tmp_path / "cache").returncode == 2
    assert _cli("--order", "size", "x", cache=tmp_path / "cache").returncode == 2

