"""Feeds as inputs: RSS, Atom and JSON feeds read in parallel and capped, their entries fetched once,
failures reported while the feed goes on (pages from the tests' own server, web_server.py)."""

from __future__ import annotations

import json
import random
from html import escape as html_escape
from pathlib import Path

import pytest
from web_server import (
    OBJECTS,
    SUBJECTS,
    VERBS,
    WHEN,
    Server,
    opts,
    page,
)

from brief import pipeline
from brief.ingest.files import load_articles

pytestmark = pytest.mark.usefixtures("local_only")  # no test may reach the internet


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
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(WHEN)}, "
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
