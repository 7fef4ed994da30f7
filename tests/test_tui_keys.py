"""Every key of the footer and the help screen does something in every view, or says why not.

A demanding user pressed + - [ ] on the list of stories (they change lengths and step articles
elsewhere) and nothing happened, with no word why; and [ ] in the briefing did nothing either.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import TabbedContent

from brief.tui.app import BriefApp
from brief.tui.articles import ArticlesView
from brief.tui.help import binding_rows
from brief.tui.keys import BINDINGS
from brief.tui.search import SearchBar
from brief.tui.stories import IN_A_STORY
from tests.tui_support import app_for, ready, run, two_stories

VIEWS = ("list", "briefing", "articles", "actors")
KEYS = {"+": "plus", "-": "minus", "[": "left_square_bracket", "]": "right_square_bracket"}
# The keys the footer and help screen list, by the name Pilot presses; q (quits) and the search's
# n / N (shown only while there are hits) are tried by their own tests.
UNTRIED = {"q", "n", "N"}
HERE = {"list": "s", "briefing": "1", "articles": "2", "actors": "3"}
"""The key of the view itself: pressed there, it rightly changes nothing."""
PRESS = {"[": "left_square_bracket", "]": "right_square_bracket", "+": "plus", "-": "minus", "/": "slash",
         "?": "question_mark"}


def state(app: BriefApp) -> tuple[Any, ...]:
    """What a key can change that the user sees (or that the next screen shows)."""
    report = app.report
    briefing = len(app.shown().stories[0].briefing) if report is not None and app.story is not None else None
    return (app.listing, app.query_one(TabbedContent).active, app.story, len(app.screen_stack),
            len(app._notifications), app.count, briefing, app.query_one(ArticlesView).current,
            app.query_one(SearchBar).display)


async def into(pilot: Pilot[None], view: str) -> None:
    """From the list, the first story in ``view`` (its second article in the articles view)."""
    if view == "list":
        return
    await pilot.press({"briefing": "1", "articles": "2", "actors": "3"}[view])
    await ready(pilot)
    if view == "articles":
        await pilot.press("right_square_bracket")
        await ready(pilot)


@pytest.mark.parametrize("view", VIEWS)
@run
async def test_every_listed_key_acts_or_says_why_in_every_view(view: str) -> None:
    keys = [key for key, _ in binding_rows(BINDINGS) if key not in UNTRIED]
    assert {"+", "-", "[", "]", "m", "/", "e", "?", "s"} <= set(keys)
    dead = []
    for key in keys:
        app = app_for(two_stories())
        async with app.run_test(size=(80, 24)) as pilot:
            await ready(pilot)
            await into(pilot, view)
            before = state(app)
            await pilot.press(PRESS.get(key, key))
            await ready(pilot)
            if state(app) == before and key != HERE[view]:
                dead.append(key)
    assert dead == [], f"in the {view} view these keys do nothing and say nothing"


@pytest.mark.parametrize("key", list(KEYS))
@run
async def test_a_storys_key_on_the_list_says_in_one_line_where_it_works(key: str) -> None:
    app = app_for(two_stories())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        count, briefing = app.count, app.report.stories[0].briefing  # type: ignore[union-attr]
        await pilot.press(KEYS[key])
        await ready(pilot)
        assert app.listing and [n.message for n in app._notifications] == [IN_A_STORY]
        assert "\n" not in IN_A_STORY and app.count == count and app.report.stories[0].briefing == briefing  # type: ignore[union-attr]


@pytest.mark.parametrize("view", ["briefing", "actors"])
@run
async def test_brackets_out_of_the_articles_view_open_it_and_step(view: str) -> None:
    app = app_for(two_stories())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await into(pilot, view)
        await pilot.press("right_square_bracket")
        await ready(pilot)
        assert app.query_one(TabbedContent).active == "articles" and app.query_one(ArticlesView).current == 2
        await pilot.press("1", "left_square_bracket")
        await ready(pilot)
        assert app.query_one(TabbedContent).active == "articles" and app.query_one(ArticlesView).current == 1
