"""SVG snapshots of every view of the reader on the seeds, at fixed sizes.

Update on purpose only: ``pytest tests/test_tui_snapshots.py --snapshot-update``, then look at the
SVGs in tests/__snapshots__/. The report is computed from the seeds once; its actors are written
here by hand (pointing at the seeds' real sentences) so the actors view does not move with the
actor finder's tuning, while the briefing and articles views show what the core computes.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Awaitable, Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from brief import pipeline
from brief.model import Actor, Position, Report
from brief.tui.app import make_app

ROOT = Path(__file__).resolve().parents[1]
SIZE = (100, 30)

Snap = Callable[..., bool]


@lru_cache(maxsize=1)
def seeds_report() -> Report:
    """The seeds' report, loaded by relative path so the legend reads the same on every machine."""
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        options = pipeline.Options(actors=False)
        report = pipeline.build_report(pipeline.load(["seeds"], options), options)
    finally:
        os.chdir(here)
    return with_actors(report, seeds_actors(report))


def with_actors(report: Report, actors: tuple[Actor, ...]) -> Report:
    """``report`` (one story) with ``actors`` as its story's actors."""
    (story,) = report.stories
    return dataclasses.replace(report, stories=(dataclasses.replace(story, actors=actors),))


def sentence(report: Report, article: int, words: str) -> int:
    """The index of the first sentence of ``article`` that contains ``words``."""
    return next(s.index for s in report.sentences[article] if words in s.text)


def seeds_actors(report: Report) -> tuple[Actor, ...]:
    """A hand-made cast for the seeds: people, an organisation and a place, quoted and reported."""
    return (
        Actor("Antony Blinken", "person", "US Secretary of State", ("Blinken",), 14, (1, 2), 1, (
            Position("has called on", "Hamas to accept a new ceasefire agreement",
                     "calls on Hamas to accept a new ceasefire agreement", False, 1,
                     sentence(report, 1, "has called on Hamas")),
            Position("said", "Israel acted generously in its latest ceasefire offer",
                     "says Israel acted generously", False, 1, sentence(report, 1, "generously")),
        )),
        Actor("Hamas", "organization", "", ("the movement",), 24, (1, 2), 2, (
            Position("says", "its studding a ceasefire proposal from Israel",
                     "says it is studying a ceasefire proposal", False, 2, sentence(report, 2, "studding")),
        )),
        Actor("Sami Abu Zuhri", "person", "senior Hamas official", ("Abu Zuhri",), 3, (2,), 3, (
            Position("told Reuters", "It is not strange for Blinken, who is known as the foreign minister of "
                     "Israel, not America, to make such a statement", "", True, 2,
                     sentence(report, 2, "It is not strange")),
        )),
        Actor("Rafah", "place", "", (), 9, (1, 2), 4),
    )


def pressing(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Press ``keys``, then stop every input's cursor from blinking, so the snapshot holds still."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await pilot.press(*keys)
        await pilot.pause()
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False

    return run_before


def app(report: Report | None = None, theme: str | None = None) -> Any:
    reader = make_app(report=report or seeds_report())
    if theme:
        reader.theme = theme
    return reader


def test_briefing(snap_compare: Snap) -> None:
    assert snap_compare(app(), terminal_size=SIZE)


def test_briefing_small_light(snap_compare: Snap) -> None:
    assert snap_compare(app(theme="textual-light"), terminal_size=(80, 24))


def test_articles(snap_compare: Snap) -> None:
    assert snap_compare(app(), press=["2"], terminal_size=SIZE)


def test_jump_from_briefing_to_sentence(snap_compare: Snap) -> None:
    assert snap_compare(app(), press=["down", "down", "enter"], terminal_size=SIZE)


def test_actors(snap_compare: Snap) -> None:
    assert snap_compare(app(), press=["3"], terminal_size=(120, 30))


def test_actors_empty(snap_compare: Snap) -> None:
    empty = with_actors(seeds_report(), ())
    assert snap_compare(app(empty), press=["3"], terminal_size=SIZE)


def test_search(snap_compare: Snap) -> None:
    assert snap_compare(app(), terminal_size=SIZE, run_before=pressing("slash", *"Blinken", "enter", "enter"))


def test_method_chooser(snap_compare: Snap) -> None:
    assert snap_compare(app(), press=["m"], terminal_size=SIZE)


def test_keys(snap_compare: Snap) -> None:
    assert snap_compare(app(), press=["question_mark"], terminal_size=(100, 40))


def test_export_dialog(snap_compare: Snap, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir("/")  # the dialog names the directory it writes to: the same on every machine
    assert snap_compare(app(), terminal_size=SIZE, run_before=pressing("e"))


# The smallest terminal the reader supports (issue 13): every view and the keys at 80x24.
SMALL = (80, 24)


def test_briefing_80x24(snap_compare: Snap) -> None:
    assert snap_compare(app(), terminal_size=SMALL)


def test_articles_80x24(snap_compare: Snap) -> None:
    assert snap_compare(app(), press=["2", "right_square_bracket"], terminal_size=SMALL)


def test_actors_80x24(snap_compare: Snap) -> None:
    assert snap_compare(app(), press=["3"], terminal_size=SMALL)


def test_keys_80x24(snap_compare: Snap) -> None:
    assert snap_compare(app(), press=["question_mark"], terminal_size=SMALL)


def test_jump_80x24(snap_compare: Snap) -> None:
    assert snap_compare(app(), press=["down", "down", "enter"], terminal_size=SMALL)
