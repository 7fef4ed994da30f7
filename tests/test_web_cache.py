"""The web cache: a second run works offline, --refresh and --no-cache, stale feeds, and writes that are
atomic, bounded and tolerate damage (pages from the tests' own server, web_server.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from web_server import (
    STORY,
    Server,
    opts,
    page,
)

from brief.ingest.files import load_articles
from brief.ingest.web import (
    Cache,
    Page,
    WebOptions,
)

pytestmark = pytest.mark.usefixtures("local_only")  # no test may reach the internet


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
