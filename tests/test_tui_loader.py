"""When the CLI opens the reader, and the loader that reads articles in the background for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief import cli
from brief.model import Report
from brief.tui.app import finish, make_app
from tests.tui_support import app_for, build_report, ready, run, story

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
