"""The reader: a Textual app over the Report the pipeline computes; it holds no NLP of its own.

The window appears at once; reading and summarising run in a thread worker that reports progress.
Recomputing (``+``, ``-``, ``m``) runs in a worker too, and a generation counter drops results
that a newer request has overtaken, so the UI never waits and never shows stale summaries.
This module loads and shows the report; the actions live in mixins, one job each: ``keys`` (what
each key does and when), ``lengths`` (+, -, m), ``navigation`` (stories and views), ``finding``
(search) and ``export`` (e); ``host`` says what of the app they may use.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, ComposeResult
from textual.timer import Timer
from textual.widgets import Footer, Header, TabbedContent, TabPane

from brief.model import Report
from brief.summarize.registry import DEFAULT_ARTICLE_SENTENCES
from brief.tui import keys, notices, spans
from brief.tui.actors import ActorsView
from brief.tui.articles import ArticlesView
from brief.tui.briefing import BriefingView
from brief.tui.commands import BriefCommands
from brief.tui.export import Exporting
from brief.tui.finding import Finding
from brief.tui.keys import Keys
from brief.tui.lengths import Lengths
from brief.tui.loading import Loader, NothingLoaded
from brief.tui.messages import ActorsReady, LoadFailed, ReportReady
from brief.tui.navigation import Navigation, Views
from brief.tui.search import Search, SearchBar
from brief.tui.stories import StoriesView, story_heading, story_report
from brief.tui.widgets import LoadingPanel

if TYPE_CHECKING:
    from brief.pipeline import Options

DEBUG_ENV = "BRIEF_DEBUG"
"""Set, the reader prints the traceback of every internal error after closing (as the CLI does)."""
HEADER_CHROME = 18
"""Columns of the header that are not its title: Textual's icon (8) and the clock's place (10)."""
NARROW = 110
"""Below this many columns, side-by-side panes stack."""
PROGRESS_SECONDS = 0.05
"""How often the loading panel reads the loader's progress: 20 times a second looks continuous."""
NOTICE_LINES = 3
"""A loading notice quotes at most this many problems and counts the rest: one toast per kind (skipped
inputs, notes), not one per line (200 duplicates made five toasts and "and 149 more", half the screen)."""
NOTICE_SECONDS = 8
"""How long a loading notice stays: time to read its three lines (Textual's default of 5 s cut them off)."""


class BriefApp(Keys, Lengths, Navigation, Finding, Exporting, App[None]):
    """Briefing, articles and actors views over one Report, with recompute, search and export."""

    CSS_PATH = "app.tcss"
    TITLE = "brief"
    COMMANDS = App.COMMANDS | {BriefCommands}
    BINDINGS = keys.BINDINGS

    def __init__(
        self, paths: Sequence[str] = (), options: Options | None = None, *, report: Report | None = None
    ) -> None:
        super().__init__()
        self.paths = tuple(paths)
        """What to read when no report is given."""
        self.options = options
        """The options the report was (or will be) built with; None means the pipeline's defaults."""
        self.report: Report | None = report
        """The report on show; None while loading."""
        self.method = report.meta.method if report else (options.method if options else "position")
        """The per-article summary method asked for last."""
        self.count = options.article_sentences if options else DEFAULT_ARTICLE_SENTENCES
        """Sentences per article summary asked for last."""
        self.briefing_generation = 0
        """Bumped by every request for a new briefing length; older results are dropped."""
        self.generation = 0
        """Bumped by every request for a new report; a result from an older generation is dropped."""
        self.search: Search | None = None
        """The active search, if any."""
        self.story: int | None = None
        """The id of the story the views show (None until one is picked from several)."""
        self.listing = False
        """True while the list of stories is on screen instead of the views."""
        self.errors: tuple[str, ...] = ()
        """Why nothing could be read (printed by ``run_app`` after the screen closes)."""
        self.failures: list[BaseException] = []
        """Internal errors met in workers; ``run_app`` prints their tracebacks under BRIEF_DEBUG."""
        self._loader = Loader(self.paths, options) if report is None else None
        self.actors_pending = self._loader is not None and (options is None or options.actors)
        """True while the loader is still finding the actors of the report on show."""
        """Starts reading now, so loading overlaps with building the window."""
        self._progress_timer: Timer | None = None
        self._status = ""
        """The header's status line whole, clipped to the width on show (again after a resize)."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield LoadingPanel(id="loading")
        with Views(id="views", initial="briefing"):
            with TabPane("1 Briefing", id="briefing"):
                yield BriefingView()
            with TabPane("2 Articles", id="articles"):
                yield ArticlesView()
            with TabPane("3 Actors", id="actors"):
                yield ActorsView()
        yield SearchBar(id="search")
        yield Footer()

    async def on_mount(self) -> None:
        """Show a given report at once; otherwise wait for the loader, showing its progress."""
        self.query_one("#views").display = False
        self.query_one(SearchBar).display = False
        if self.report is not None:
            await self._show(self.report)
        elif self._loader is not None:
            self._progress_timer = self.set_interval(PROGRESS_SECONDS, self._show_progress)
            self.run_worker(self._wait_for_loader(self._loader), group="load", exit_on_error=False)

    # -- computing, in threads -------------------------------------------------------------

    def _show_progress(self) -> None:
        if self._loader is not None:
            self.query_one(LoadingPanel).update_progress(*self._loader.progress)

    async def _wait_for_loader(self, loader: Loader) -> None:
        """Hand the loader's result to the views, its problems to toasts, or close when nothing loaded."""
        try:
            loaded = await asyncio.wrap_future(loader.future)
        except NothingLoaded as nothing:
            self.post_message(LoadFailed(nothing.errors))
            return
        finally:
            if self._progress_timer is not None:
                self._progress_timer.stop()
        self._notices(list(loaded.skipped), "warning", "Skipped")
        self._notices(list(loaded.warnings), "information", "Notes")
        self.post_message(ReportReady(loaded.report, self.generation))
        try:
            found = await asyncio.wrap_future(loader.actors)
        except Exception as error:  # noqa: BLE001 - the briefing stands; say why the actors don't
            self.failures.append(error)
            self.notify(f"Actors could not be found: {error}", severity="error", markup=False)
            found = None
        self.post_message(ActorsReady(found.stories if found is not None else None))

    def _notices(self, lines: list[str], severity: str, title: str) -> None:
        """One toast for all of ``lines``: the first few, and how many more (thread-safe)."""
        if not lines:
            return
        shown = notices.fitted(lines[:NOTICE_LINES])
        if len(lines) > len(shown):
            shown.append(f"… and {len(lines) - len(shown)} more (all are printed by brief --print)")
        self.notify("\n".join(shown), title=f"{title} ({len(lines)})" if len(lines) > 1 else title,
                    severity=severity, markup=False, timeout=NOTICE_SECONDS)  # type: ignore[arg-type]

    # -- results -------------------------------------------------------------------------

    def on_load_failed(self, message: LoadFailed) -> None:
        """Nothing to read: close, and let ``run_app`` say why on stderr."""
        self.errors = message.errors
        self.query_one(LoadingPanel).show_errors(message.errors)
        self.exit(return_code=2)

    async def on_report_ready(self, message: ReportReady) -> None:
        """Show a fresh report; drop one that a newer request has overtaken."""
        if message.generation != self.generation:
            return
        report = message.report
        if self.report is not None and message.generation and report.stories is not self.report.stories:
            # A recompute changes the summaries only: the stories on show keep their actors (found
            # meanwhile) and any briefing length set meanwhile.
            report = dataclasses.replace(report, stories=self.report.stories)
        await self._show(report)

    def on_actors_ready(self, message: ActorsReady) -> None:
        """Actors arrive after the briefing is on screen; add them to the report on show."""
        self.actors_pending = False
        if self.report is None:
            return
        if message.stories is not None:
            self.report = dataclasses.replace(self.report, stories=message.stories)
        if self.story is not None:
            self.query_one(ActorsView).show(self.shown())
            if self.query_one(TabbedContent).active == "actors" and (self.focused is None or self.focused.id == "actors-empty"):
                self._focus_view("actors")  # the reader waited on this view: its keys work at once

    def shown(self) -> Report:
        """What the views show: the report cut down to the story on show (all of it when one story)."""
        assert self.report is not None
        if len(self.report.stories) == 1 or self.story is None:
            return self.report
        return story_report(self.report, self.story)

    @property
    def several_stories(self) -> bool:
        """True when the report has more than one story (the Stories list and its key exist)."""
        return self.report is not None and len(self.report.stories) > 1

    async def _show(self, report: Report) -> None:
        first = self.query_one("#views").display is False and not self.query(StoriesView)
        self.report = report
        self.method = report.meta.method
        self.query_one(LoadingPanel).display = False
        ids = [story.id for story in report.stories]
        if len(ids) == 1:
            self.story, self.listing = ids[0], False
        elif self.story not in ids:
            self.story, self.listing = None, True
        if len(ids) > 1:
            (await self._stories_view()).show(report, self.story)
        if self.story is not None:
            await self._fill_views()
        self._layout()
        self._show_status(busy=False)
        self.refresh_bindings()
        if first:
            self._focus_current()
            if self.listing:  # the screen's auto-focus would put the keyboard on a hidden view
                self.call_after_refresh(self._focus_current)

    async def _fill_views(self) -> None:
        shown = self.shown()
        self.query_one(BriefingView).show(shown)
        await self.query_one(ArticlesView).show(shown)
        self.query_one(ActorsView).show(shown, pending=self.actors_pending)

    def _show_status(self, busy: bool) -> None:
        if self.report is None:
            return
        n = len(self.report.articles)
        where = ""
        story = self.shown().stories[0] if self.story is not None else None
        if self.several_stories:
            if self.listing or story is None:
                where = f"{len(self.report.stories)} stories · "
            else:
                n = len(story.articles)
                where = f"{story_heading(self.report, story)} · "
        briefing = f"briefing {len(story.briefing)} · " if story is not None and not self.listing else ""
        self._status = (f"{where}{n} article{'s' if n != 1 else ''} · {briefing}{self.method} {self.count} per article"
                        + (" · recomputing…" if busy else ""))
        self._fit_status()

    def _fit_status(self, width: int | None = None) -> None:
        """The status in the header's room, cut between words (Textual cut "…Arrested in USA On D…")."""
        room = (width or self.size.width) - HEADER_CHROME - len(f"{self.title} — ")
        self.sub_title = spans.clip(self._status, room) if room > 0 else self._status

    def on_worker_state_changed(self, event: object) -> None:
        """A worker that failed becomes an error notice rather than a crash."""
        from textual.worker import Worker, WorkerState

        worker = getattr(event, "worker", None)
        if isinstance(worker, Worker) and worker.state == WorkerState.ERROR:
            error = worker.error
            if isinstance(error, BaseException):
                self.failures.append(error)
            self.notify(f"{type(error).__name__}: {error}", title="Internal error", severity="error", markup=False)
            if worker.group == "load":
                hint = "" if os.environ.get(DEBUG_ENV) else f" (run with {DEBUG_ENV}=1 for details)"
                self.errors = (f"internal error: {type(error).__name__}: {error}{hint}",)
                self.exit(return_code=70)
            else:
                self._show_status(busy=False)

    def on_resize(self, event: events.Resize) -> None:
        """Narrow terminals: stack side-by-side panes and drop the footer's palette hint (``?`` lists it)."""
        narrow = event.size.width < NARROW
        self.set_class(narrow, "-narrow")
        footer = self.query_one(Footer)
        if footer.show_command_palette == narrow:
            footer.show_command_palette = not narrow
        if self._status:
            self._fit_status(event.size.width)


def make_app(paths: Sequence[str] = (), options: Options | None = None, *, report: Report | None = None) -> BriefApp:
    """The one factory for the reader, used by the CLI, the tests and the snapshots."""
    return BriefApp(paths, options, report=report)


def run_app(paths: Sequence[str], options: Options | None = None) -> int:
    """Open the reader on ``paths``; the exit status (2 when nothing could be read)."""
    app = make_app(paths, options)
    app.run()
    return finish(app)


def finish(app: BriefApp) -> int:
    """After the screen has closed: tracebacks under BRIEF_DEBUG, each error in one line; the status."""
    if os.environ.get(DEBUG_ENV):
        import traceback

        for failure in app.failures:
            traceback.print_exception(failure, file=sys.stderr)
    for error in app.errors:
        from brief.render.safe import one_line

        print(f"brief: error: {one_line(error)}", file=sys.stderr)
    return app.return_code or 0
