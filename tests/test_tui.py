"""The reader, driven through Pilot: loading, the briefing, the articles, safety of article text,
recomputing and search.

Reports are built inline (``tests.tui_support.build_report``) so each test states the articles it needs;
only the loading tests go through the pipeline, on the seeds.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from textual.content import Content
from textual.widgets import DataTable, Input, OptionList

from brief.model import BriefingItem, SentenceRef, Summary
from brief.pipeline import Options
from brief.summarize import registry
from brief.tui.actors import ActorsView
from brief.tui.app import BriefApp, make_app
from brief.tui.articles import ArticlesView
from brief.tui.briefing import BriefingList
from brief.tui.export import ExportScreen
from brief.tui.hanging import Hanging
from brief.tui.messages import ReportReady
from brief.tui.methods import MethodScreen
from brief.tui.search import SearchBar
from brief.tui.spans import PLACEHOLDER, citations, shown
from brief.tui.widgets import ArticleBody, Block
from tests.tui_support import HOSTILE, active, app_for, build_report, ready, run, settled, story

# -- loading ---------------------------------------------------------------------------------


@run
async def test_loads_seeds_in_a_worker_and_shows_the_briefing(seeds: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    app = make_app([str(seeds), missing])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert app.report is not None and len(app.report.articles) == 2
        assert active(app) == "briefing"
        assert app.query_one(BriefingList).option_count == len(app.report.stories[0].briefing) > 0
        notices = [n.message for n in app._notifications]
        assert any("gone.txt" in m and "skipped" in m for m in notices)


@run
async def test_many_loading_notes_make_one_toast(tmp_path: Path) -> None:
    """Issue 13: a toast per duplicate (five, and "and 149 more") covered half the screen."""
    for n in range(8):
        (tmp_path / f"copy-{n}.txt").write_text(story(1))
    (tmp_path / "other.txt").write_text(story(2, "harbour"))
    app = make_app([str(tmp_path), str(tmp_path / "gone.txt")], Options(actors=False))
    async with app.run_test(size=(100, 30)) as pilot:
        while app.report is None:
            assert app.is_running
            await pilot.pause(0.02)
        await ready(pilot)
        toasts = list(app._notifications)
        assert len(toasts) == 2, [t.message for t in toasts]
        notes = next(t for t in toasts if t.title.startswith("Notes"))
        assert notes.title == "Notes (7)" and notes.message.count("same story") == 3
        assert notes.message.endswith("… and 4 more (all are printed by brief --print)")
        skipped = next(t for t in toasts if t.title == "Skipped")
        assert "gone.txt" in skipped.message


@run
async def test_loading_notices_name_files_shortly_and_fit_the_screen(tmp_path: Path) -> None:
    # A web pile's notes quoted full paths: in a 40-column toast three of them took 27 rows at 80x24,
    # the notice ran off the screen and its last line could not be read.
    from textual.widgets._toast import Toast

    pile = tmp_path / "shared" / "eval" / "webpages" / "dev-pages-of-the-evaluation"
    pile.mkdir(parents=True)
    for n in range(5):
        (pile / f"2022-04-28-world-europe-a-rather-long-page-name-{n}.txt").write_text(story(1))
    (pile / "other.txt").write_text(story(2, "harbour"))
    app = make_app([str(pile), str(pile / "gone-and-never-there.txt")], Options(actors=False))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        while app.report is None:
            assert app.is_running
            await pilot.pause(0.02)
        await ready(pilot)
        notes = next(t for t in app._notifications if t.title.startswith("Notes"))
        first = notes.message.splitlines()[0]
        assert first.startswith("2022-04-28-world-europ") and str(tmp_path) not in first
        assert first.endswith("-name-0.txt; summarized once")  # what happened, kept whole
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 2
        for toast in toasts:  # every row of every notice, its last line too, is on the screen
            assert toast.region.y >= 0 and toast.region.bottom <= app.size.height - 1, toast.region


@run
async def test_actors_follow_the_briefing(seeds: Path) -> None:
    app = make_app([str(seeds)])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        for _ in range(400):
            if app.report is not None and app.report.stories[0].actors:
                break
            await pilot.pause(0.05)
        assert app.report is not None and not app.actors_pending
        names = [a.name for a in app.report.stories[0].actors]
        assert "Hamas" in names and "Antony Blinken" in names
        assert app.query_one(ActorsView).actors == app.report.stories[0].actors
        await pilot.press("3")
        await pilot.pause()
        assert not app.query_one("#actors-empty").display


def test_loader_finds_actors_after_the_report(seeds: Path) -> None:
    from brief.tui.loading import Loader

    loader = Loader([str(seeds)], None)
    first = loader.future.result(timeout=60)
    assert first.report.stories[0].actors == ()
    later = loader.actors.result(timeout=60)
    assert later is not None and later.stories[0].briefing == first.report.stories[0].briefing
    assert later.stories[0].actors == build_report_seeds_actors(seeds)


def build_report_seeds_actors(seeds: Path) -> tuple:
    from brief import pipeline

    return pipeline.build_report(pipeline.load([str(seeds)])).stories[0].actors


@run
async def test_nothing_to_read_closes_with_status_2(tmp_path: Path) -> None:
    app = make_app([str(tmp_path / "nothing-here")])
    async with app.run_test() as pilot:
        for _ in range(100):
            if not app.is_running:
                break
            await pilot.pause(0.05)
    assert app.return_code == 2
    assert app.errors and "nothing-here" in app.errors[0]


# -- briefing ---------------------------------------------------------------------------------


@run
async def test_briefing_lists_sentences_with_citations_and_legend() -> None:
    report = build_report(story(1), story(2))
    async with app_for(report).run_test(size=(100, 30)) as pilot:
        options = pilot.app.query_one(BriefingList)
        prompt = options.get_option_at_index(1).prompt
        assert isinstance(prompt, Hanging) and prompt.plain.endswith("[2]")
        legend = str(pilot.app.query_one("#sources").render())
        assert "[1] Article 1 [b]title[/b] (Source 1, 2024-05-01)" in legend and "a2.txt" in legend


def test_citations_are_in_order() -> None:
    refs = [SentenceRef(a, 0) for a in (7, 36, 22, 3, 7)]
    assert citations(refs).plain == "[3][7][22][36]"


@run
async def test_enter_on_a_briefing_sentence_jumps_to_it() -> None:
    report = build_report(story(1), story(2))
    async with app_for(report).run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "enter")
        await ready(pilot)
        view = pilot.app.query_one(ArticlesView)
        ref = report.stories[0].briefing[1].sources[0]
        assert active(pilot.app) == "articles" and view.current == 2 and view.target == ref
        body = pilot.app.query_one(ArticleBody)
        assert body.scroll_y > 0, "the last sentence is scrolled into view"
        assert pilot.app.focused is body


def styled_segments(app: BriefApp) -> list[tuple[str, Any]]:
    """Every non-blank segment of the article's text as drawn, with its style."""
    from textual.geometry import Region

    out = []
    for block in app.query(Block):
        for strip in block.render_lines(Region(0, 0, block.size.width, block.size.height)):
            out += [(seg.text, seg.style) for seg in strip if seg.text.strip() and seg.style]
    return out


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@run
async def test_the_jumped_to_sentence_stands_out_and_keeps_its_summary_colour(theme: str) -> None:
    """Issue 13: the target was bold on a background close to the summary's, and lost the summary's colour."""
    report = build_report(story(1), story(2), summary=100)  # every sentence is a summary sentence
    app = app_for(report)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = theme
        await pilot.press("down", "enter")
        await ready(pilot)
        segments = styled_segments(app)
        target = [style for text, style in segments if style.underline]
        others = [style for text, style in segments if not style.underline]
        assert target and others
        assert {s.bgcolor for s in target} == {others[0].bgcolor}, "the summary's background stays"
        assert all(s.bold and s.color != others[0].color for s in target), "bold, underlined, in its own colour"
        text = "".join(t for t, style in segments if style.underline)
        assert text.replace(" ", "") == report.stories[0].briefing[1].text.replace(" ", "")


# -- articles ---------------------------------------------------------------------------------


@run
async def test_articles_view_steps_between_articles() -> None:
    report = build_report(story(1), story(2), story(3))
    async with app_for(report).run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        view = pilot.app.query_one(ArticlesView)
        assert view.current == 1
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        assert view.current == 3
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert view.current == 2 and pilot.app.query_one(DataTable).cursor_row == 1
        await pilot.press("pagedown")
        assert pilot.app.query_one(ArticleBody).scroll_y > 0


@pytest.mark.parametrize(("keys", "want"), [
    (("2", "right_square_bracket", "plus"), 2),
    (("2", "right_square_bracket", "minus"), 2),
    (("2", "right_square_bracket", "right_square_bracket", "m", "down", "enter"), 3),
    (("down", "enter", "plus"), 2),
])
@run
async def test_the_current_article_stays_put_after_a_recompute(keys: tuple[str, ...], want: int) -> None:
    """Issue 13: after ``]`` and ``+`` the heading bounced between two articles, a core at 100%, until quit."""
    report = build_report(story(1), story(2), story(3))
    app = app_for(report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*keys)
        view = app.query_one(ArticlesView)
        assert await settled(pilot, view) == 0, "nothing reopens an article once the recompute is shown"
        assert app.generation == 1 and view.current == want
        assert app.query_one("#articles-table", DataTable).cursor_row == want - 1
        assert f"[{want}]" in str(app.query_one("#article-summary-text").render())
        body = app.query_one(ArticleBody)
        assert body.article is not None and body.article.id == want and list(body.query(Block))
        await pilot.resize_terminal(80, 24)
        assert await settled(pilot, view) == 0 and view.current == want


@run
async def test_summary_sentences_are_highlighted_exactly_even_after_control_characters() -> None:
    report = build_report(HOSTILE, summary=3)
    async with app_for(report).run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        marked: list[str] = []
        for block in pilot.app.query(Block):
            content = block.visual
            assert isinstance(content, Content)
            marked += [content.plain[s.start : s.end] for s in content.spans if s.style == ".body--summary"]
        want = [shown(report.sentences[1][i].text) for i in report.summaries[1].indexes]
        assert marked == want
        assert "resigned" in marked[0] and marked[1].startswith("Markup [b]x[/b]")


# -- safety -----------------------------------------------------------------------------------


def test_shown_keeps_length_and_drops_every_control() -> None:
    out = shown(HOSTILE)
    assert len(out) == len(HOSTILE)
    assert all(ch == "\n" or ch.isprintable() or ch == PLACEHOLDER for ch in out)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "\u200b" not in out
    assert "[@click=app.quit]quit now[/]" in out


@run
async def test_markup_in_articles_is_literal_and_clicking_it_does_nothing() -> None:
    report = build_report(HOSTILE)
    markup = report.sentences[1][1]
    briefing = (BriefingItem(markup.text, (SentenceRef(1, 1),)),)
    report = dataclasses.replace(report, stories=(dataclasses.replace(report.stories[0], briefing=briefing),))
    app = app_for(report)
    async with app.run_test(size=(100, 30)) as pilot:
        option = pilot.app.query_one(BriefingList).get_option_at_index(0).prompt
        assert isinstance(option, Hanging) and "[@click=app.quit]quit now[/]" in option.plain
        await pilot.click(BriefingList)
        await pilot.press("2")
        await pilot.pause()
        blocks = list(pilot.app.query(Block))
        texts = [b.visual.plain for b in blocks if isinstance(b.visual, Content)]
        assert any("[b]x[/b]" in t and "[@click=app.quit]quit now[/]" in t for t in texts)
        for text in texts:
            assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
        # Click every cell of the paragraph holding the link-like markup: nothing may happen.
        block = next(b for b in blocks if "[@click" in b.visual.plain)  # type: ignore[union-attr]
        for y in range(block.size.height):
            for x in range(0, block.size.width, 5):
                await pilot.click(block, offset=(x, y))
        await pilot.pause()
        assert app.is_running and app.return_code is None
        title_cell = pilot.app.query_one(DataTable).get_cell_at((0, 1))
        assert "[b]title[/b]" in str(title_cell)


# -- recomputing ------------------------------------------------------------------------------


@run
async def test_plus_and_minus_change_the_summary_length_in_a_worker() -> None:
    report = build_report(story(1), story(2))
    app = app_for(report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2", "plus")
        await ready(pilot)
        assert app.count == 4 and all(len(s.indexes) == 4 for s in app.report.summaries.values())  # type: ignore[union-attr]
        await pilot.press("minus", "minus", "minus", "minus", "minus")
        await ready(pilot)
        assert app.count == 1 and all(len(s.indexes) == 1 for s in app.report.summaries.values())  # type: ignore[union-attr]
        assert "1 per article" in app.sub_title


@run
async def test_plus_and_minus_in_the_briefing_change_its_length() -> None:
    """Issue 13: + and - in the briefing view changed nothing visible; -n was command-line only."""
    facts = ["The harbour union voted to strike over pay on Monday.",
             "Ferry operators cancelled every crossing to the islands.",
             "The transport minister called the walkout reckless and costly.",
             "Fishermen blocked the northern pier with their trawlers.",
             "Hotel owners reported cancellations across the coastal towns.",
             "A court hearing on the dispute is set for next week.",
             "Union leaders said talks could resume if wages rise."]
    report = build_report(" ".join(facts[:4]), " ".join(facts[3:]), " ".join(facts[1:3] + facts[5:]))
    app = app_for(report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("plus")
        await ready(pilot)
        assert app.report is not None and len(app.report.stories[0].briefing) == 4
        assert app.query_one(BriefingList).option_count == 4
        assert "4 sentences" in str(app.query_one("#briefing-heading").render()) and "briefing 4" in app.sub_title
        assert app.report.summaries == report.summaries and app.count == 3, "the summaries are left alone"
        await pilot.press("minus", "minus", "minus")
        await ready(pilot)
        assert len(app.report.stories[0].briefing) == 1
        await pilot.press("minus")
        await ready(pilot)
        assert len(app.report.stories[0].briefing) == 1, "never fewer than one"
        await pilot.press("2", "plus")  # the summaries, recomputed from a report of before, keep the length
        await ready(pilot)
        assert app.count == 4 and len(app.report.stories[0].briefing) == 1


@run
async def test_stale_results_are_dropped() -> None:
    report = build_report(story(1))
    app = app_for(report)
    async with app.run_test(size=(100, 30)) as pilot:
        stale = dataclasses.replace(report, summaries={1: Summary(1, "stale", (0,))})
        app.generation = 5
        app.post_message(ReportReady(stale, 4))
        await pilot.pause()
        assert app.report is report
        fresh = dataclasses.replace(report, meta=dataclasses.replace(report.meta, method="lead"))
        app.post_message(ReportReady(fresh, 5))
        await pilot.pause()
        assert app.report is fresh


@run
async def test_method_chooser_offers_every_method_and_recomputes() -> None:
    report = build_report(story(1), story(2))
    app = app_for(report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MethodScreen)
        options = app.screen.query_one(OptionList)
        assert options.option_count == len(registry.METHODS)
        assert registry.DESCRIPTIONS["lexrank"] in options.get_option("lexrank").prompt.plain  # type: ignore[union-attr]
        await pilot.press("down", "enter")
        await ready(pilot)
        assert not isinstance(app.screen, MethodScreen)
        assert app.report is not None and app.report.meta.method == registry.METHODS[1]
        assert all(s.method == registry.METHODS[1] for s in app.report.summaries.values())
        await pilot.press("m", "escape")
        assert app.method == registry.METHODS[1]


# -- search -----------------------------------------------------------------------------------


@run
async def test_search_moves_between_hits_across_articles() -> None:
    report = build_report(story(1, "harbour"), story(2, "talks"), story(3, "harbour"))
    app = app_for(report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash")
        assert app.query_one(SearchBar).display and isinstance(app.focused, Input)
        await pilot.press(*"HARBOUR", "enter")
        await ready(pilot)
        assert app.search is not None and len(app.search.hits) == 48 and app.search.index == 0
        assert active(app) == "articles" and app.query_one(ArticlesView).current == 1
        await pilot.press("enter")
        assert app.search.index == 1
        await pilot.press("escape")
        assert not app.query_one(SearchBar).display
        for _ in range(23):
            await pilot.press("n")
        await ready(pilot)
        assert app.search.index == 24 and app.query_one(ArticlesView).current == 3
        await pilot.press("N")
        await ready(pilot)
        assert app.search.index == 23 and app.query_one(ArticlesView).current == 1
        current = [s for b in app.query(Block) if isinstance(b.visual, Content)
                   for s in b.visual.spans if s.style == ".body--current"]
        assert len(current) == 1


@run
async def test_keys_typed_in_a_burst_after_slash_are_the_query(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13 (found on the way): "/Blinken" typed fast sent "e" to the export and enter wrote a file."""
    from textual import events

    monkeypatch.chdir(tmp_path)
    app = app_for(build_report(story(1, "harbour"), story(2)))
    async with app.run_test(size=(100, 30)) as pilot:
        for char in "/harbour/e":  # queued at once, as a terminal delivers a burst
            app.post_message(events.Key(char if char != "/" else "slash", char))
        await ready(pilot)
        assert app.query_one("#search-input", Input).value == "harbour/e"
        assert not isinstance(app.screen, ExportScreen) and not list(tmp_path.iterdir())
        await pilot.press("escape", "e", "end", "slash")
        await ready(pilot)
        assert isinstance(app.screen, ExportScreen) and app.screen.query_one(Input).value.endswith("/")


@run
async def test_search_without_matches_says_so() -> None:
    async with app_for(build_report(story(1))).run_test() as pilot:
        await pilot.press("slash", *"zebra", "enter")
        assert pilot.app.search is not None and not pilot.app.search.hits  # type: ignore[attr-defined]
        assert "no matches" in str(pilot.app.query_one("#search-status").render())
