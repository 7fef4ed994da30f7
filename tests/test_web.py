"""Articles from the web: URLs as inputs, fetching with limits, dates and the command line (feeds:
test_web_feeds.py; the cache: test_web_cache.py). Every response comes from the tests' own server
(web_server.py); no test can reach the internet."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from web_server import (
    ROOT,
    STORY,
    Server,
    opts,
)

from brief import __version__, pipeline
from brief.ingest.dates import order_by_date, sortable_date
from brief.ingest.files import expand_inputs, load_articles
from brief.ingest.web import (
    USER_AGENT,
    FetchError,
    fetch,
    is_url,
    unsupported_scheme,
)
from brief.model import BriefingItem, SentenceRef

pytestmark = pytest.mark.usefixtures("local_only")  # no test may reach the internet


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
