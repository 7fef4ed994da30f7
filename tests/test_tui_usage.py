"""The reader, driven through Pilot: what a demanding new user found by using it (stories, wrapping,
long sources, slow files, quitting while loading)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest
from textual.widgets import Label

from brief.model import BriefingItem
from brief.tui.briefing import BriefingList
from brief.tui.search import SearchBar
from tests.tui_support import app_for, build_report, ready, run, story, two_stories

# -- found by using the reader (issue: a demanding new user) ------------------------------------


@run
async def test_escape_goes_back_from_a_story_to_the_list() -> None:
    # Every other screen of the reader closes with esc; in a story it did nothing, and a new user
    # did not guess "s" for the way back.
    app = app_for(two_stories())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.listing
        await pilot.press("enter")
        await ready(pilot)
        assert not app.listing and app.story == 1
        await pilot.press("slash", *"envoy", "escape")  # esc first closes the search bar, as before
        await ready(pilot)
        assert not app.listing and not app.query_one(SearchBar).display
        await pilot.press("escape")
        await ready(pilot)
        assert app.listing


@run
async def test_view_headings_fit_one_line_at_80_columns() -> None:
    # "Briefing · 2 articles · 7 sentences   enter: open in its article · + -: length" took 82
    # columns: its last words wrapped onto a second line, "+ -:" on one and "length" below.
    texts = [story(n) for n in range(1, 11)]
    app = app_for(build_report(*texts))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        heading = app.query_one("#briefing-heading", Label)
        assert heading.size.height == 1, heading.render()


def shown_lines(widget: Any) -> list[str]:
    """The text of a widget's lines as on screen."""
    from textual.geometry import Region

    return [strip.text.rstrip() for strip in widget.render_lines(Region(0, 0, *widget.size))]


@run
async def test_wrapped_briefing_sentences_and_legend_lines_hang_under_their_text() -> None:
    # A sentence's second line started at the bullet's column, a legend title's under its "[n]":
    # one item ran into the next at 80 columns.
    long_title = "A headline long enough to wrap " * 4
    report = build_report(story(1), story(2))
    first = report.stories[0]
    long_item = BriefingItem("The envoy said more talks were due " * 5, first.briefing[0].sources)
    report = dataclasses.replace(report, articles=tuple(
        dataclasses.replace(a, title=long_title.strip()) for a in report.articles),
        stories=(dataclasses.replace(first, briefing=(long_item, *first.briefing[1:])),))
    app = app_for(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        lines = shown_lines(app.query_one(BriefingList))
        assert lines[0].lstrip().startswith("• ")
        bullet = lines[0].index("•")
        assert len(lines[0]) > 60 and not lines[1].lstrip().startswith("•")
        assert lines[1][: bullet + 2].strip() == "" and lines[1][bullet + 2] != " ", lines[:2]
        legend = shown_lines(app.query_one("#sources"))
        assert legend[1].startswith("[1] A headline")
        assert legend[2].startswith("    ") and legend[2][4] != " ", legend[:3]


@run
async def test_wrapped_summary_sentences_hang_under_their_text() -> None:
    first = "The envoy said more talks were due and the harbour union agreed to meet again next week. "
    report = build_report(first * 3 + "\n\n" + story(1))
    app = app_for(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await ready(pilot)
        lines = shown_lines(app.query_one("#article-summary-text"))
        bullet = next(n for n, line in enumerate(lines) if line.startswith("• "))
        assert lines[bullet + 1].startswith("  ") and lines[bullet + 1][2] != " ", lines[bullet : bullet + 2]


@run
async def test_a_long_source_date_and_path_take_one_line_and_leave_the_summary_room() -> None:
    # At 80x24 "source · date ·" wrapped with the path on the next two lines, a dangling "·" at a
    # line's end; the heading then filled the summary pane and about one line of the summary showed.
    first = "The envoy said more talks were due and the harbour union agreed to meet again next week. "
    report = build_report(first * 3 + "\n\n" + story(1), story(2), summary=3)
    path = "/data/eval/webpages/dev/2022-04-28-world-europe-a-rather-long-page-name.html"
    report = dataclasses.replace(report, articles=tuple(
        dataclasses.replace(a, source="The International Herald Chronicle", date="2022-04-28", path=path)
        for a in report.articles))
    app = app_for(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("2")
        await ready(pilot)
        lines = shown_lines(app.query_one("#article-summary-text"))
        assert not any(line.endswith("·") for line in lines), lines
        about = next(n for n, line in enumerate(lines) if line.startswith("The International Herald Chronicle"))
        assert lines[about].endswith("-long-page-name.html") and "2022-04-28 · …" in lines[about], lines
        assert lines[about + 1].startswith("Summary by position: 3 of")
        bullet = next(n for n, line in enumerate(lines) if line.startswith("• "))
        assert app.query_one("#article-summary").size.height >= bullet + 2  # two lines of summary show


def test_a_long_notice_line_keeps_what_happened() -> None:
    # Lines cut at 120 characters lost their ending, the news ("…; skipped"), and kept the path whole:
    # the path gives way first (its folders, then the middle of its name), then the middle words.
    from brief.tui.notices import LINE_CHARS, fit, fitted

    news = "doesn't look like an article (a paywall stub: 41 words before the subscription prompt); skipped"
    name = "2022-04-28-world-europe-a-rather-long-page-name-that-goes-on-forever.html"
    line = fit(f"/data/eval/webpages/dev/{name}: {news}")
    assert len(line) <= LINE_CHARS and line.endswith(f".html: {news}") and "2022-04" in line
    first, second = fitted([f"/data/dev/{name}: {news}", f"/data/other/{name}: {news}"])
    assert first.startswith("dev/2022-04") and second.startswith("other/2022-04")  # still told apart
    assert first.endswith(news) and second.endswith(news) and max(len(first), len(second)) <= LINE_CHARS
    wordy = fit("a.txt: " + " ".join(f"word{n}" for n in range(40)) + "; skipped")
    assert len(wordy) <= LINE_CHARS and wordy.startswith("a.txt: word0 ") and wordy.endswith(" word39; skipped")
    assert " … " in wordy
    url = fit("https://example.org/" + "a" * 200 + "/page: 404 Not Found; skipped")
    assert url.startswith("https://example.org/") and url.endswith("/page: 404 Not Found; skipped")
    assert fit("short.txt: fine") == "short.txt: fine"


@run
async def test_the_loading_line_counts_seconds_while_a_file_is_slow() -> None:
    # One page held "Reading 8/42…" still for ~5 s (dateparser trying every language cold): a line
    # that never moves reads as a hang. From ELAPSED_AFTER_S on it counts the seconds.
    from textual.app import App, ComposeResult

    from brief.tui.widgets import ELAPSED_AFTER_S, LoadingPanel

    class Panel(App[None]):
        def compose(self) -> ComposeResult:
            yield LoadingPanel()

    app = Panel()
    async with app.run_test(size=(80, 24)) as pilot:
        panel = app.query_one(LoadingPanel)
        panel.update_progress("Reading", 8, 42)
        assert str(app.query_one("#loading-stage", Label).content) == "Reading 8/42…"  # a quick load: no clock
        panel.started -= ELAPSED_AFTER_S + 5
        panel.update_progress("Reading", 8, 42)
        await pilot.pause()
        assert re.fullmatch(r"Reading 8/42…  [78] s", str(app.query_one("#loading-stage", Label).content))


def test_the_loader_hands_nothing_to_a_reader_that_quit() -> None:
    # Quitting mid-load cancels what the app awaits; the loader's work, stopped by the exit (a pool
    # refuses new pages then), printed a traceback under the closed reader when it reported back.
    from concurrent.futures import Future, InvalidStateError

    from brief.tui.loading import _settle

    given_up: Future[int] = Future()
    given_up.cancel()
    _settle(given_up, 1)
    _settle(given_up, error=RuntimeError("cannot schedule new futures after shutdown"))
    settled: Future[int] = Future()
    _settle(settled, 1)
    assert settled.result() == 1
    with pytest.raises(InvalidStateError):
        _settle(settled, 2)  # settling twice is a bug, and says so
