"""The reader's dialogs and layout, driven through Pilot: export, help, the command palette, quitting,
scrolling at 80x24, and every view fitting its screen."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import DataTable, Footer, Input, OptionList
from textual.widgets._footer import FooterKey

from brief.summarize import registry
from brief.tui.app import BriefApp
from brief.tui.commands import COMMANDS, BriefCommands
from brief.tui.export import ExportScreen
from brief.tui.help import HelpScreen
from tests.tui_support import ACTORS, active, app_for, build_report, ready, run, story

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
