"""The web tests' own server and page texts: every response comes from a server on 127.0.0.1
started inside the test run (the ``server`` fixture, conftest.py), and ``local_only`` (conftest.py,
used by every web test module) refuses any other connection, so no test can reach the internet."""

from __future__ import annotations

import gzip
import random
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from brief.ingest.web import (
    WebOptions,
)

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

SUBJECTS = ["The mayor", "A court in Brenna", "The finance ministry", "Farmers near Ostra", "The rail operator",
             "Doctors at the central hospital", "A group of fishermen", "The election commission", "Teachers' unions",
             "The national weather service", "Residents of the old quarter", "The airline"]
VERBS = ["announced", "rejected", "postponed", "welcomed", "criticised", "approved", "investigated", "questioned"]
OBJECTS = ["a plan to widen the coastal road", "new limits on water use", "the budget for next year",
            "a proposal to close two schools", "the sale of the municipal airport", "higher fees for parking",
            "an inquiry into the flooding", "a ban on night flights", "the merger of three hospitals",
            "subsidies for solar panels", "the route of the new tram line", "a rise in ferry fares"]
WHEN = ["on Monday", "on Tuesday", "late on Wednesday", "on Thursday", "on Friday", "at the weekend"]


def entry_page(n: int) -> str:
    """A distinct article for feed entry ``n``: random but fixed sentences, so no two are duplicates."""
    rng = random.Random(n)
    paragraphs = []
    for _ in range(3):
        sentences = [
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(WHEN)}, "
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

        def handle_error(self, request: object, client_address: object) -> None:
            """A client a test made give up early (a timeout, a size cap) resets its connection: expected, so
            no traceback on stderr; any other error in a handler still prints one."""
            if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
                return
            super().handle_error(request, client_address)  # type: ignore[arg-type]

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


def opts(tmp_path: Path, **kwargs: object) -> WebOptions:
    values: dict[str, object] = {"cache_dir": str(tmp_path / "cache"), "timeout": 5.0}
    values.update(kwargs)
    return WebOptions(**values)  # type: ignore[arg-type]
