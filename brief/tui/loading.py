"""Reading and summarising for the reader, started before its window so the two overlap.

The work runs in a daemon thread (quitting mid-load never waits for it) and is handed over as a
Future; progress is a value the app polls, so the thread never needs the app's event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from brief.model import Report

if TYPE_CHECKING:
    from brief.pipeline import Options

T = TypeVar("T")


@dataclass(frozen=True)
class Loaded:
    """The report, and the one-line problems and notes met on the way (shown as toasts)."""

    report: Report
    skipped: tuple[str, ...]
    warnings: tuple[str, ...]


class NothingLoaded(Exception):
    """Not one input was usable; ``errors`` say why."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__("nothing usable to read")
        self.errors = tuple(errors)


def _settle(future: Future[T], result: T | None = None, error: BaseException | None = None) -> None:
    """Hand ``result`` (or ``error``) to ``future`` unless the app has given up on it: quitting
    mid-load cancels what the app awaits, and the work, stopped by the interpreter's exit (a process
    pool refuses new pages then), would otherwise end in a traceback printed under the closed reader."""
    try:
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]
    except InvalidStateError:
        if not future.cancelled():
            raise  # settled twice: a bug here, not a quit


class Loader:
    """Loads ``paths`` and builds the report in the background from the moment it is created."""

    def __init__(self, paths: Sequence[str], options: Options | None) -> None:
        self.progress: tuple[str, int, int] = ("Starting", 0, 0)
        """The latest (stage, done, total), replaced whole so a reader never sees it half-written."""
        self.future: Future[Loaded] = Future()
        """Resolves to the Loaded result, or to NothingLoaded / the exception that stopped the work."""
        self.actors: Future[Report | None] = Future()
        """Resolves after ``future`` to the report with its actors found (None when not asked for):
        the briefing is on screen before the slower actor finder has run."""
        self._paths = tuple(paths)
        self._given = options
        threading.Thread(target=self._run, name="brief-load", daemon=True).start()

    def _run(self) -> None:
        try:
            loaded = self._load()
        except BaseException as error:  # noqa: BLE001 - handed to the app, which reports it
            _settle(self.future, error=error)
            _settle(self.actors, None)
            return
        _settle(self.future, loaded)
        try:
            _settle(self.actors, self._find_actors(loaded.report))
        except BaseException as error:  # noqa: BLE001 - handed to the app, which reports it
            _settle(self.actors, error=error)

    def _options(self) -> Options:
        from brief import pipeline

        return self._given or pipeline.Options()

    def _find_actors(self, report: Report) -> Report | None:
        from brief import pipeline

        options = self._options()
        if not options.actors:
            return None
        return pipeline.add_actors(report, options, progress=self._progress)

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.progress = (stage, done, total)

    def _load(self) -> Loaded:
        import dataclasses

        from brief import pipeline

        options = self._options()
        try:
            loaded = pipeline.load(self._paths, options, progress=self._progress)
        except pipeline.NothingToRead as nothing:
            raise NothingLoaded(nothing.errors) from None
        first = dataclasses.replace(options, actors=False)  # actors follow in _find_actors
        report = pipeline.build_report(loaded, first, progress=self._progress)
        skipped = tuple(f"{error}; skipped" for error in loaded.errors)  # also in meta.warnings, shown once
        return Loaded(report, skipped, tuple(w for w in report.meta.warnings if w not in skipped))
