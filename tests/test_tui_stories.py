"""The reader on a pile of several stories (issue 12), driven through Pilot: the Stories view, a story's
views, keys, export and snapshots.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from brief import pipeline
from brief.model import Report
from tests.test_stories import PILE, ROOT, STORIES, pile
from tests.tui_support import run

# -- the reader -------------------------------------------------------------------------------
#
# The reader's tests fix the stories by hand (the volcano, the bank, the probe, then the two
# one-article ones) so that they test the reader, not the grouping's current tuning; briefings,
# dates and actors are the pipeline's own for those stories.


@lru_cache(maxsize=1)
def reader_report() -> Report:
    """The pile as five hand-fixed stories, loaded by relative path (the legend reads the same anywhere)."""
    import os

    from brief.model import Story
    from brief.stories import Group

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        options = pipeline.Options(workers=1, one_story=True)
        base = pipeline.build_report(pipeline.load([str(PILE.relative_to(ROOT))], options), options)
    finally:
        os.chdir(here)
    by_name = {Path(a.path).name: a for a in base.articles}
    groups = []
    for files in STORIES.values():
        members = tuple(sorted(by_name[f].id for f in files))
        groups.append(Group(members, members[0], by_name[sorted(files)[0]].title))
    by_id = {a.id: a for a in base.articles}
    briefings = pipeline.brief_stories(groups, by_id, base.sentences, options, [])
    found = {}
    from brief.actors.extract import read_article

    for article in base.articles:
        found[article.id] = read_article(article, base.sentences[article.id])
    stories = tuple(
        Story(n, g.title, g.articles, pipeline.story_dates(by_id[i] for i in g.articles), b,
              pipeline.story_actors(g.articles, by_id, found))
        for n, (g, b) in enumerate(zip(groups, briefings), 1)
    )
    return Report(base.articles, base.sentences, base.summaries, stories, base.meta)


def _footer_keys(app) -> set[str]:  # type: ignore[no-untyped-def]
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    return {k.key for k in app.query_one(Footer).query(FooterKey)}


@run
async def test_reader_opens_on_the_stories_and_enter_reads_one() -> None:
    from textual.widgets import DataTable

    from brief.tui.app import make_app
    from brief.tui.articles import ArticlesView
    from brief.tui.briefing import BriefingList
    from brief.tui.stories import StoriesView

    report = reader_report()
    app = make_app(report=report)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        stories = app.query_one(StoriesView)
        assert stories.display and not app.query_one("#views").display
        assert stories.query_one(DataTable).row_count == 5 and app.sub_title.startswith("5 stories")
        assert "s" not in _footer_keys(app)  # already on the list
        await pilot.press("down", "enter")
        await pilot.pause()
        bank = report.stories[1]
        assert app.story == 2 and app.query_one("#views").display and not stories.display
        assert app.sub_title.startswith(f"Story 2 of 5: {bank.title}")
        items = app.query_one(BriefingList).items
        assert items == bank.briefing
        assert {r.article for item in items for r in item.sources} <= set(bank.articles)
        articles = app.query_one(ArticlesView)
        assert articles.query_one(DataTable).row_count == len(bank.articles) == 3
        assert "s" in _footer_keys(app)
        await pilot.press("2", "right_square_bracket", "right_square_bracket", "right_square_bracket")
        assert articles.current == bank.articles[-1]  # [ and ] stay within the story
        await pilot.press("s")
        await pilot.pause()
        assert stories.display and not app.query_one("#views").display
        assert stories.highlighted == 2  # back on the story just read


@run
async def test_a_view_key_on_the_list_opens_the_story_under_the_cursor() -> None:
    from brief.tui.actors import ActorsView
    from brief.tui.app import make_app

    report = reader_report()
    app = make_app(report=report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("down", "down", "3")
        await pilot.pause()
        assert app.story == 3 and app.query_one("TabbedContent").active == "actors"
        assert app.query_one(ActorsView).actors == report.stories[2].actors


@run
async def test_search_and_jumps_stay_in_the_story() -> None:
    from brief.tui.app import make_app
    from brief.tui.articles import ArticlesView

    report = reader_report()
    app = make_app(report=report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # the volcano
        await pilot.pause()
        await pilot.press("slash", *"said", "enter")
        await pilot.pause()
        assert app.search is not None and app.search.hits
        assert {hit.article for hit in app.search.hits} <= set(report.stories[0].articles)
        await pilot.press("escape", "1", "enter")
        await pilot.pause()
        assert app.query_one(ArticlesView).current in report.stories[0].articles


@run
async def test_keys_help_and_palette_offer_the_stories() -> None:
    from brief.tui.app import make_app
    from brief.tui.commands import BriefCommands
    from brief.tui.help import HelpScreen

    app = make_app(report=reader_report())
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        titles = [hit.text async for hit in BriefCommands(app.screen).discover()]
        assert "Show the stories" in titles
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        assert re.search(r"^\s+s\s+List", text, re.M) and "Stories list" in text
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"show the stories")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.listing


@run
async def test_one_story_has_no_stories_view_key_or_command() -> None:
    from brief.tui.app import make_app
    from brief.tui.commands import BriefCommands
    from brief.tui.stories import StoriesView

    app = make_app(report=pile(("museum.txt",)))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not app.query(StoriesView) and app.query_one("#views").display
        assert "s" not in _footer_keys(app)
        titles = [hit.text async for hit in BriefCommands(app.screen).discover()]
        assert "Show the stories" not in titles
        await pilot.press("s")
        assert not app.listing


@run
async def test_export_writes_the_story_on_show_or_every_story_from_the_list(tmp_path: Path) -> None:
    from brief.tui.app import make_app

    report = reader_report()
    app = make_app(report=report)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app._write_export(tmp_path / "all.md", False)
        assert (tmp_path / "all.md").read_text().startswith("# Stories (5)")
        await pilot.press("enter")
        await pilot.pause()
        app._write_export(tmp_path / "one.md", False)
        one = (tmp_path / "one.md").read_text()
        assert one.startswith("# Briefing")
        volcano = {a.title for a in report.articles if a.id in report.stories[0].articles}
        listed = set(re.findall(r"^### \[\d+\] (.*)$", one, re.M))
        assert listed == volcano


@run
async def test_actors_found_after_loading_reach_the_story_on_show() -> None:
    from brief.tui.actors import ActorsView
    from brief.tui.app import make_app

    app = make_app([str(PILE)], pipeline.Options(workers=1))
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(600):
            if app.report is not None and not app.actors_pending:
                break
            await pilot.pause(0.05)
        assert app.report is not None and app.listing and not app.actors_pending
        await pilot.press("enter", "3")
        await pilot.pause()
        assert app.query_one(ActorsView).actors == app.report.stories[0].actors != ()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@run
async def test_in_a_story_every_key_of_the_footer_fits(size: tuple[int, int]) -> None:
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    from brief.tui.app import make_app

    app = make_app(report=reader_report())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for keys in (["enter"], ["2"], ["3"], ["s"]):
            await pilot.press(*keys)
            await pilot.pause()
            shown = {k.key: k for k in app.query_one(Footer).query(FooterKey)}
            # In a story 1 2 3 are on the tabs (issue 13), so the footer leaves them out; the list has no tabs
            assert {"q"} | ({"1", "2", "3"} if app.listing else {"s"}) <= set(shown)
            assert app.listing or not {"1", "2", "3"} & set(shown)
            for key, footer_key in shown.items():
                assert footer_key.region.right <= size[0], f"{key} cut off in the footer"


@run
async def test_a_second_story_opens_from_the_list_in_any_view() -> None:
    from brief.tui.app import make_app

    app = make_app(report=reader_report())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("2")  # the first story's articles: one of them is open
        await pilot.pause()
        first = app.story
        for keys in (["s", "down", "enter"], ["s", "down", "3"], ["s", "down", "2"]):
            await pilot.press(*keys)  # another story: its articles, never the last one's
            await pilot.pause()
            assert app.story != first and not app.listing
            first = app.story


@run
async def test_the_titles_get_the_room_of_the_stories_list_at_80_columns() -> None:
    # At 80 columns Sources and "2026-02-10 – 02-13" took the width and titles were cut to 32 characters.
    from textual.widgets import DataTable

    from brief.tui.app import make_app

    report = reader_report()
    app = make_app(report=report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one("#stories-table", DataTable)
        columns = {str(c.key.value): c for c in table.columns.values()}
        assert columns["title"].width >= 48 and "sources" not in columns
        assert str(columns["dates"].label) == "Dates 2026"  # every story is of 2026: said once
        cells = [str(table.get_cell_at((row, len(columns) - 1))) for row in range(table.row_count)]
        assert cells[0] == "Feb 10–13" and cells[1] == "Mar 5–Apr 2" and "Jun 14" in cells
    wide = make_app(report=report)
    async with wide.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "sources" in {str(k.value) for k in wide.query_one("#stories-table", DataTable).columns}


@run
async def test_the_sources_column_says_what_is_not_known() -> None:
    # A page whose site was unknown left its story's Sources cell blank, which read as a rendering fault.
    from dataclasses import replace

    from textual.widgets import DataTable

    from brief.tui.app import make_app

    report = reader_report()
    by_id = {a.id: a for a in report.articles}
    bank, lone = report.stories[1], report.stories[3]
    unnamed = {bank.articles[0], *lone.articles}
    articles = tuple(replace(a, source="", url="") if a.id in unnamed else a for a in report.articles)
    app = make_app(report=replace(report, articles=articles))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.query_one("#stories-table", DataTable)
        column = [str(c.key.value) for c in table.columns.values()].index("sources")
        cells = [str(table.get_cell_at((row, column))) for row in range(table.row_count)]
    named = len({by_id[i].source for i in bank.articles[1:]})
    assert cells[0] == "3" and cells[1] == f"{named}+" and cells[3] == "–"


def test_story_dates_in_the_list_name_the_year_unless_the_column_does() -> None:
    from brief.tui.stories import dates_cell

    assert dates_cell(("1998-10-17", "1998-10-20"), "1998") == "Oct 17–20"
    assert dates_cell(("1998-10-17", "1998-10-20"), None) == "Oct 17–20 1998"
    assert dates_cell(("1998-12-30", "1999-01-02"), None) == "Dec 30 1998–Jan 2 1999"
    assert dates_cell(("2022-04-28", "2022-04-28"), "2022") == "Apr 28"
    assert dates_cell(None, "2022") == ""


def _stories_app():  # type: ignore[no-untyped-def]
    from brief.tui.app import make_app

    return make_app(report=reader_report())


def test_stories_view_snapshot_small(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_stories_app(), terminal_size=(80, 24))


def test_stories_view_snapshot_large(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_stories_app(), terminal_size=(120, 40))


def test_story_briefing_snapshot(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_stories_app(), press=["down", "enter"], terminal_size=(100, 30))


@run
async def test_slash_on_the_list_searches_every_story() -> None:
    # "/" did nothing on the list of stories; a user expects it to work everywhere.
    from textual.widgets import Input

    from brief.tui.app import make_app
    from brief.tui.articles import ArticlesView
    from brief.tui.search import SearchBar

    report = reader_report()
    story_of = {i: s.id for s in report.stories for i in s.articles}
    app = make_app(report=report)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.listing
        await pilot.press("slash")
        await pilot.pause()
        bar = app.query_one(SearchBar)
        assert bar.display and isinstance(app.focused, Input) and "every story" in app.focused.placeholder
        await pilot.press(*"the", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.search is not None and app.search.stories is not None
        found = {story_of[hit.article] for hit in app.search.hits}
        assert found == {s.id for s in report.stories}  # every story, not the one under the cursor
        hit = app.search.current
        assert hit is not None and not app.listing and app.story == story_of[hit.article]
        assert app.query_one(ArticlesView).current == hit.article and isinstance(app.focused, Input)
        # n walks on into the next stories, the list's order
        seen = [app.story]
        await pilot.press("escape")
        for _ in range(len(app.search.hits) - 1):
            await pilot.press("n")
            await pilot.pause()
            if app.story != seen[-1]:
                seen.append(app.story)
        assert seen == [s.id for s in report.stories]
        title = next(s for s in report.stories if len(s.articles) == 1)
        await pilot.press("s", "slash", *title.title.split()[1], "enter")  # a word of a title
        await pilot.pause()
        first = app.search.current
        assert first is not None and first.in_title and app.story == title.id
        assert f"in story {title.id}, [{first.article}] title" in str(bar.query_one("#search-status").render())
