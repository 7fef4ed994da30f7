"""The reader's Actors view, driven through Pilot: the table, positions, jumps and column widths."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from textual.content import Content
from textual.widgets import DataTable

from brief.model import Actor, Position, SentenceRef
from brief.tui.actors import CELL_PADDING, SCROLLBAR, PositionList
from brief.tui.app import make_app
from brief.tui.articles import ArticlesView
from brief.tui.briefing import BriefingList
from tests.tui_support import ACTORS, active, app_for, build_report, ready, run, story

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
