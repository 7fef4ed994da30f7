"""The reader, driven through Pilot: every view and key, safety of article text, and the CLI switch.

Reports are built inline (``build_report``) so each test states the articles it needs; only the
loading tests go through the pipeline, on the seeds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import re
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import DataTable, Footer, Input, Label, OptionList, TabbedContent
from textual.widgets._footer import FooterKey

from brief import cli
from brief.model import Actor, Article, BriefingItem, Meta, Position, Report, Sentence, SentenceRef, Story, Summary
from brief.pipeline import Options
from brief.summarize import registry
from brief.tui.actors import CELL_PADDING, SCROLLBAR, ActorsView, PositionList
from brief.tui.app import BriefApp, finish, make_app
from brief.tui.articles import ArticlesView
from brief.tui.briefing import BriefingList
from brief.tui.commands import COMMANDS, BriefCommands
from brief.tui.export import ExportScreen
from brief.tui.hanging import Hanging
from brief.tui.help import HelpScreen
from brief.tui.messages import ReportReady
from brief.tui.methods import MethodScreen
from brief.tui.search import SearchBar
from brief.tui.spans import PLACEHOLDER, citations, shown
from brief.tui.widgets import ArticleBody, Block

HOSTILE = (
    "The minister \x1b[31mresigned\x1b[0m on Monday after a long dispute. "
    "Markup [b]x[/b] and [@click=app.quit]quit now[/] stays literal. "
    "Bidi \u202egnirts\u202c and zero\u200bwidth and a bell \x07 here.\n\n"
    "A second paragraph follows. It has a sentence about the dispute."
)


def build_report(*texts: str, summary: int = 2, actors: tuple[Actor, ...] = ()) -> Report:
    """A Report from raw texts: paragraphs at blank lines, sentences at '. ', the first ones summarised."""
    articles: list[Article] = []
    sentences: dict[int, tuple[Sentence, ...]] = {}
    for n, text in enumerate(texts, 1):
        paragraphs = tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text))
        found = [(m.start(), m.end()) for m in re.finditer(r"[^\s][^\n]*?(?:[.!?](?=\s|$)|$)", text) if m.end() > m.start()]
        articles.append(Article(n, f"Article {n} [b]title[/b]", f"a{n}.txt", text, source=f"Source {n}",
                                date="2024-05-01", paragraphs=paragraphs))
        sentences[n] = tuple(Sentence(n, i, a, b, text[a:b]) for i, (a, b) in enumerate(found))
    summaries = {a.id: Summary(a.id, "position", tuple(range(min(summary, len(sentences[a.id]))))) for a in articles}
    briefing = tuple(
        BriefingItem(sentences[a.id][-1].text, (SentenceRef(a.id, len(sentences[a.id]) - 1),)) for a in articles
    )
    story = Story(1, articles[0].title, tuple(a.id for a in articles), None, briefing, actors)
    return Report(tuple(articles), sentences, summaries, (story,), Meta("test", "position", "concepts"))


def story(n: int, words: str = "talks") -> str:
    """A longer plain article: enough sentences to scroll and to summarise at several lengths."""
    return "\n\n".join(
        f"Paragraph {p} of story {n} is about the {words}. The envoy said more {words} were due. "
        f"Officials met again in the capital."
        for p in range(1, 13)
    )


ACTORS = (
    Actor("Ada Envoy", "person", "envoy", ("the envoy",), 5, (1, 2), 9, (
        Position("said", "more talks were due", "says “more talks were due”", True, 1, 1),
        Position("called for", "a ceasefire", "calls for a ceasefire", False, 2, 4),
    )),
    Actor("Harbour Union", "organization", "", (), 2, (2,), 3),
)


def run(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test in its own event loop (the project does not depend on a pytest async plugin)."""

    @functools.wraps(test)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


async def ready(pilot: Pilot[None]) -> None:
    """Let workers, scrolling animations and the screen settle (a loaded machine runs them late)."""
    await pilot.app.workers.wait_for_complete()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    await pilot.pause()


def app_for(report: Report) -> BriefApp:
    return make_app(report=report)


def active(app: BriefApp) -> str:
    return app.query_one(TabbedContent).active


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


async def settled(pilot: Pilot[None], view: ArticlesView, rounds: int = 5) -> int:
    """Wait for workers and messages, then count the article openings over ``rounds`` more pauses (0: idle)."""
    await asyncio.wait_for(ready(pilot), timeout=10)
    opened = view.openings
    for _ in range(rounds):
        await asyncio.wait_for(pilot.pause(), timeout=10)
    return view.openings - opened


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


# -- actors -----------------------------------------------------------------------------------


@run
async def test_actors_table_positions_and_jump() -> None:
    report = build_report(story(1), story(2), actors=ACTORS)
    app = app_for(report)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        table = app.query_one("#actors-table", DataTable)
        assert table.row_count == 2 and str(table.get_cell_at((0, 0))) == "Ada Envoy"
        positions = app.query_one(PositionList)
        assert positions.option_count == 2
        first = positions.get_option_at_index(0).prompt
        assert isinstance(first, Content) and first.plain == "says “more talks were due” [1]"
        second = positions.get_option_at_index(1).prompt
        assert isinstance(second, Content) and second.plain == "calls for a ceasefire [2]"
        await pilot.press("enter")  # table -> positions
        assert app.focused is positions
        await pilot.press("down", "enter")
        await ready(pilot)
        view = app.query_one(ArticlesView)
        assert active(app) == "articles" and view.current == 2 and view.target == SentenceRef(2, 4)
        await pilot.press("3", "down")
        await pilot.pause()
        assert "No positions" in positions.get_option_at_index(0).prompt.plain  # type: ignore[union-attr]


MANY = tuple(range(1, 41))
WIDE_CAST = (
    Actor("Antony Blinken", "person", "United States Secretary of State and the top US diplomat", ("Blinken",), 40,
          MANY[::-1], 1, (Position("said", "talks were due", "says talks were due", False, 1, 1),)),
    Actor("Harbour Union", "organization", "", (), 2, (7, 3, 22), 2),
)


def widths(table: DataTable[Any]) -> dict[str, int]:
    return {str(key.value): column.width for key, column in table.columns.items()}


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
@run
async def test_actors_columns_fit_the_table_when_shown_at_once(size: tuple[int, int]) -> None:
    """Issue 13: an immediate 3 built the columns for a guessed width; many articles squeezed names and roles."""
    report = build_report(*(f"Story {n} is short. It ends here." for n in MANY), actors=WIDE_CAST)
    app = app_for(report)
    async with app.run_test(size=size) as pilot:
        await pilot.press("3")
        await ready(pilot)
        table = app.query_one("#actors-table", DataTable)
        cols = widths(table)
        assert sum(w + CELL_PADDING for w in cols.values()) + SCROLLBAR == table.size.width
        assert cols["name"] >= len("Antony Blinken") and str(table.get_cell_at((0, 0))) == "Antony Blinken"
        cited = str(table.get_cell_at((0, 4)))
        assert cited.startswith("[1][2]") and re.fullmatch(r"(\[\d+\])+…", cited) and len(cited) <= cols["articles"]
        assert cols["articles"] <= (table.size.width - 2 * len("organization")) // 4
        role = str(table.get_cell_at((0, 2)))
        assert role == WIDE_CAST[0].role or (role.endswith("…") and WIDE_CAST[0].role.startswith(role[:-1]))
        assert str(table.get_cell_at((1, 4))) in ("[3][7][22]", "[3][7]…"), "articles in order"
        detail = str(app.query_one("#positions-heading").render())
        assert WIDE_CAST[0].role in detail and "[1][2][3][4]" in detail and "[40]" in detail
        if size[0] == 200:
            assert role == WIDE_CAST[0].role, "room enough for the whole role"
        await pilot.resize_terminal(100, 30)
        await ready(pilot)
        assert sum(w + CELL_PADDING for w in widths(table).values()) + SCROLLBAR == table.size.width


@run
async def test_actors_pressed_as_the_briefing_appears(seeds: Path) -> None:
    """3 pressed while loading or at once: the actors view opens, fitted, with the keyboard on the table."""
    app = make_app([str(seeds)])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        while app.report is None or app.actors_pending:
            assert app.is_running
            await pilot.pause(0.02)
        await ready(pilot)
        table = app.query_one("#actors-table", DataTable)
        assert active(app) == "actors" and app.focused is table
        names = [str(table.get_cell_at((row, 0))) for row in range(table.row_count)]
        assert "Antony Blinken" in names and not any(n.endswith("…") for n in names)
        assert sum(w + CELL_PADDING for w in widths(table).values()) + SCROLLBAR == table.size.width
        await pilot.press("down")
        assert table.cursor_row == 1


@run
async def test_a_late_focus_does_not_switch_the_view_back() -> None:
    """Issue 13: the briefing's list, focused as it appeared, took its view back after a quick 3."""
    app = app_for(build_report(story(1), story(2), actors=ACTORS))
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        app.call_after_refresh(app.query_one(BriefingList).focus)  # late, as when the briefing first shows
        await app.action_show_view("actors")
        await ready(pilot)
        assert active(app) == "actors" and app.focused is app.query_one("#actors-table")


@run
async def test_actors_empty_state() -> None:
    async with app_for(build_report(story(1))).run_test() as pilot:
        await pilot.press("3")
        await pilot.pause()
        assert pilot.app.query_one("#actors-empty").display
        assert not pilot.app.query_one("#actors-panes").display
        assert active(pilot.app) == "actors"


# -- export, help, palette, quit --------------------------------------------------------------


@run
async def test_export_writes_markdown_and_never_overwrites_silently(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = build_report(story(1), story(2), actors=ACTORS)
    app = app_for(report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await pilot.pause()
        written = tmp_path / "briefing.md"
        text = written.read_text()
        assert text.startswith("# Briefing") and "Ada Envoy" in text
        assert any(str(written) in n.message for n in app._notifications)
        # A second export offers a new name ...
        await pilot.press("e")
        await pilot.pause()
        path_input = app.screen.query_one(Input)
        assert path_input.value.endswith("briefing-2.md")
        # ... and typing an existing one asks first; "Keep it" leaves the file alone.
        written.write_text("mine")
        path_input.value = str(written)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#export-question").display
        await pilot.click("#export-keep")
        await pilot.pause()
        assert written.read_text() == "mine" and isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.click("#export-replace")
        await pilot.pause()
        assert written.read_text().startswith("# Briefing") and not isinstance(app.screen, ExportScreen)


@run
async def test_a_failed_export_keeps_the_dialog_and_the_typed_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 13: a failed export closed the dialog and lost the path; the dialog did not say where it writes."""
    monkeypatch.chdir(tmp_path)
    app = app_for(build_report(story(1)))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e")
        await ready(pilot)
        assert str(tmp_path.resolve()) in str(app.screen.query_one("#export-where").render())
        path_input = app.screen.query_one(Input)
        typed = str(tmp_path / "no-such-dir" / "notes.md")
        path_input.value = typed
        await pilot.pause()
        assert str(tmp_path / "no-such-dir") in str(app.screen.query_one("#export-where").render())
        await pilot.press("enter")
        await ready(pilot)
        assert isinstance(app.screen, ExportScreen) and path_input.value == typed
        error = app.screen.query_one("#export-error")
        assert error.display and "no-such-dir" in str(error.render()) and "Not exported" in str(error.render())
        (tmp_path / "no-such-dir").mkdir()
        await pilot.press("enter")
        await ready(pilot)
        assert not isinstance(app.screen, ExportScreen) and Path(typed).read_text().startswith("# Briefing")


@run
async def test_help_shows_every_key() -> None:
    app = app_for(build_report(story(1)))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        for key in ("1", "2", "3", "+", "-", "m", "/", "n", "N", "[", "]", "e", "?", "q", "ctrl+p", "esc"):
            assert re.search(rf"^\s+{re.escape(key)}\s", text, re.M), key
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@run
async def test_command_palette_offers_the_same_commands() -> None:
    app = app_for(build_report(story(1), story(2)))
    async with app.run_test(size=(100, 30)) as pilot:
        provider = BriefCommands(app.screen)
        titles = [hit.text async for hit in provider.discover()]
        assert titles == [title for title, _, _ in COMMANDS]
        assert {f"Summary method: {m}" for m in registry.METHODS} <= set(titles)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"show the actors")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert active(app) == "actors"


@run
async def test_q_quits() -> None:
    app = app_for(build_report(story(1)))
    async with app.run_test() as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running and app.return_code == 0


# -- scrolling at 80x24 ------------------------------------------------------------------------


async def tab_to(pilot: Pilot[None], selector: str) -> Any:
    """Press tab until the widget matching ``selector`` has the keyboard (it must get there)."""
    target = pilot.app.query_one(selector)
    for _ in range(8):
        if pilot.app.focused is target:
            return target
        await pilot.press("tab")
    raise AssertionError(f"tab never reaches {selector}")


@run
async def test_the_sources_legend_scrolls_by_keyboard() -> None:
    """Issue 13: with 46 articles only the first legend entries were visible, and nothing reached the rest."""
    report = build_report(*(story(n) for n in range(1, 47)))
    app = app_for(report)
    async with app.run_test(size=(80, 24)) as pilot:
        legend = await tab_to(pilot, "#sources-legend")
        assert legend.max_scroll_y > 0 and legend.region.bottom <= 24
        await pilot.press("end")
        await ready(pilot)
        assert legend.scroll_y == legend.max_scroll_y
        assert "[46] Article 46" in str(app.query_one("#sources").render())


@run
async def test_the_article_summary_scrolls_by_keyboard() -> None:
    """Issue 13: at 80x24 a three-sentence summary showed 1.3 sentences and could not be scrolled."""
    long = " ".join(f"Sentence {n} of the opening runs on about the harbour talks and the envoy's plans for them." * 2
                    for n in range(1, 4))
    app = app_for(build_report(long + "\n\n" + story(1), summary=3))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        panel = await tab_to(pilot, "#article-summary")
        assert panel.max_scroll_y > 0
        await pilot.press("end")
        await ready(pilot)
        assert panel.scroll_y == panel.max_scroll_y
        assert "a1.txt" in str(app.query_one("#article-summary-text").render()), "the article's file is shown"


@run
async def test_help_scrolls_to_its_last_section_at_80x24() -> None:
    app = app_for(build_report(story(1)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await ready(pilot)
        body = app.screen.query_one("#help-body")
        dialog = app.screen.query_one("#help-dialog")
        assert app.focused is body and body.max_scroll_y > 0
        assert body.region.bottom <= dialog.content_region.bottom, "the list ends inside the dialog"
        await pilot.press("end")
        await ready(pilot)
        assert body.scroll_y == body.max_scroll_y


@run
async def test_every_method_is_reachable_at_80x24() -> None:
    app = app_for(build_report(story(1)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await ready(pilot)
        options = app.screen.query_one(OptionList)
        assert options.region.bottom <= app.screen.query_one("#method-dialog").content_region.bottom
        await pilot.press("end")
        await ready(pilot)
        assert options.highlighted == len(registry.METHODS) - 1
        assert options.scroll_y == options.max_scroll_y > 0


@pytest.mark.parametrize("key", ["m", "e", "question_mark"])
@run
async def test_a_dialogs_heading_is_whole_at_80x24(key: str) -> None:
    # The method chooser's hint ran past its dialog at 80 columns and read "esc to canc".
    app = app_for(build_report(story(1)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await ready(pilot)
        heading = app.screen.query(".dialog > Label").first()
        text = heading.render()
        room = app.screen.query_one(".dialog").content_region.width
        assert isinstance(text, Content) and text.cell_length <= room, str(text)


# -- layout -----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@run
async def test_every_view_fits(size: tuple[int, int], theme: str) -> None:
    app = app_for(build_report(story(1), story(2), actors=ACTORS))
    async with app.run_test(size=size) as pilot:
        app.theme = theme
        for key in ("1", "2", "3"):
            await pilot.press(key)
            await pilot.pause()
            keys = {k.key: k for k in app.query_one(Footer).query(FooterKey)}
            for key_name in ("q", "question_mark", "e", "slash", "m", "plus"):
                assert keys[key_name].region.right <= size[0], f"{key_name} cut off in the footer"
            for table in app.query(DataTable):
                if table.size.width:
                    assert table.region.right <= size[0], "the table fits the screen"
                    assert table.virtual_size.width <= table.size.width, "no sideways scrolling"


def footer_text(app: BriefApp) -> str:
    """The footer as shown: its keys in order, each as rendered, clipped to the screen."""
    keys = sorted(app.query_one(Footer).query("FooterKey, FooterLabel"), key=lambda k: k.region.x)
    return " ".join(str(k.render()).strip() for k in keys if k.region.width and k.region.right <= app.size.width)


@run
async def test_the_footer_holds_every_key_of_the_moment_at_80_columns() -> None:
    """Issue 13: at 80 columns keys ran into labels, '[ ] Article' was cut and n / N never appeared."""
    app = app_for(build_report(story(1, "harbour"), story(2)))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.resize_terminal(80, 24)  # after a resize, nothing stale stays
        await ready(pilot)
        assert footer_text(app) == "+ - Length m Method / Search e Export ? Keys q Quit"
        await pilot.press("2")
        await ready(pilot)
        assert footer_text(app) == "[ ] Article + - Length m Method / Search e Export ? Keys q Quit"
        await pilot.press("slash", *"harbour", "enter", "escape")
        await ready(pilot)
        assert footer_text(app) == "[ ] Article n N Hit + - Length m Method / Search e Export ? Keys q Quit"
        assert all(k.region.right <= 80 for k in app.query_one(Footer).query(FooterKey))


# -- the CLI switch ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "opens"),
    [(["seeds"], True), (["--print", "seeds"], False), (["-f", "json", "seeds"], False),
     (["-o", "x.md", "seeds"], False)],
)
def test_cli_opens_the_reader_only_on_a_terminal(args: list[str], opens: bool, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path, seeds: Path) -> None:
    import brief.tui.app

    calls: list[tuple[list[str], object]] = []
    monkeypatch.setattr(brief.tui.app, "run_app", lambda paths, options: calls.append((paths, options)) or 0)
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.chdir(seeds.parent)
    args = [str(tmp_path / a) if a == "x.md" else a for a in args]
    assert cli.run(args) == 0
    assert bool(calls) == opens
    if opens:
        assert calls[0][0] == ["seeds"]


# -- the loader -------------------------------------------------------------------------------


def test_loader_reads_in_the_background_and_reports_progress(seeds: Path, tmp_path: Path) -> None:
    from brief.tui.loading import Loader, NothingLoaded

    loader = Loader([str(seeds), str(tmp_path / "gone.txt")], None)
    loaded = loader.future.result(timeout=60)
    assert len(loaded.report.articles) == 2 and loaded.report.stories[0].briefing
    assert any("gone.txt" in line and "skipped" in line for line in loaded.skipped)
    assert loader.progress[0] != "Starting"
    with pytest.raises(NothingLoaded):
        Loader([str(tmp_path / "gone.txt")], None).future.result(timeout=60)


@run
async def test_an_internal_error_while_loading_closes_with_status_70(
    monkeypatch: pytest.MonkeyPatch, seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from brief import pipeline

    def broken(*args: object, **kwargs: object) -> Report:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "build_report", broken)
    app = make_app([str(seeds)])
    async with app.run_test() as pilot:
        for _ in range(200):
            if not app.is_running:
                break
            await pilot.pause(0.05)
    assert app.return_code == 70 and "boom" in app.errors[0] and "BRIEF_DEBUG=1" in app.errors[0]
    assert finish(app) == 70
    out = capsys.readouterr()
    assert out.err.count("\n") == 1 and "Traceback" not in out.err and "RuntimeError: boom" in out.err
    monkeypatch.setenv("BRIEF_DEBUG", "1")
    assert finish(app) == 70
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "in broken" in err and "RuntimeError: boom" in err


@run
async def test_a_process_pool_starts_inside_the_reader(monkeypatch: pytest.MonkeyPatch, seeds: Path) -> None:
    """Issue 13: Textual's captured stderr has no file descriptor, and the pool's resource tracker needs one."""
    from multiprocessing import resource_tracker

    # A tracker not yet running, as in a fresh `brief` process (another test may have started one).
    tracker = resource_tracker.ResourceTracker()
    monkeypatch.setattr(resource_tracker, "_resource_tracker", tracker)
    for name in ("ensure_running", "register", "unregister", "getfd"):
        monkeypatch.setattr(resource_tracker, name, getattr(tracker, name))
    monkeypatch.setenv("BRIEF_WORKERS", "2")
    app = make_app([str(seeds)])
    async with app.run_test(size=(100, 30)) as pilot:
        while app.report is None or app.actors_pending:
            assert app.is_running, app.errors
            await pilot.pause(0.05)
        assert not app.failures and app.return_code is None
        assert len(app.report.articles) == 2 and app.report.stories[0].briefing and app.report.stories[0].actors


@run
async def test_palette_method_command_recomputes() -> None:
    app = app_for(build_report(story(1)))
    async with app.run_test() as pilot:
        await app.run_action("set_method('lead')")
        await ready(pilot)
        assert app.report is not None and app.report.meta.method == "lead"


# -- found by using the reader (issue: a demanding new user) ------------------------------------


def two_stories() -> Report:
    """Three articles in two stories: 1 and 2 tell the talks, 3 the volcano."""
    report = build_report(story(1), story(2), story(3, "volcano"))
    first, = report.stories
    stories = (
        dataclasses.replace(first, articles=(1, 2), briefing=first.briefing[:2]),
        Story(2, "Article 3", (3,), None, first.briefing[2:], ()),
    )
    return dataclasses.replace(report, stories=stories)


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
