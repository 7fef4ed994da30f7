"""Loading real input: page dates without dateparser's cost, feeds saved as files, images named
explicitly, and agency tags before a title taken from the first line (issues 11 and 14)."""

from __future__ import annotations

import pytest

from brief.ingest.html import extract_html

BODY = "<p>" + "The council voted on the new bridge plan after a long debate in the town hall. " * 6 + "</p>"


def _page(head: str, before: str = "") -> str:
    return (
        f"<html lang='fr'><head><title>Council votes on bridge</title>{head}</head><body><article>"
        f"<h1>Council votes on bridge</h1>{before}{BODY}</article></body></html>"
    )


def test_a_date_in_the_markup_is_read_without_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    import htmldate.extractors

    def refused(text: str) -> None:
        raise AssertionError(f"dateparser called for {text!r}")

    monkeypatch.setattr(htmldate.extractors, "_external_date", refused)
    htmldate.extractors.try_date_expr.cache_clear()
    # a modification time in a form only dateparser reads, before the publication date
    head = '<meta http-equiv="Last-Modified" content="22 Sep,2021 1632hrs IST">' \
        '<meta property="article:published_time" content="2021-09-20T10:00:00Z">'
    page = _page(head)
    assert extract_html(page, "https://example.org/news/bridge").date == "2021-09-20"


def test_a_date_written_only_in_the_text_is_still_found() -> None:
    page = _page("", "<p class='byline'>Publié le 22 septembre 2021</p>")
    assert extract_html(page, "https://example.org/news/bridge").date == "2021-09-22"
