"""The reader: a Textual app over the Report the pipeline computes; it holds no NLP of its own.

The window appears at once; reading and summarising run in a thread worker that reports progress.
Recomputing (``+``, ``-``, ``m``) runs in a worker too, and a generation counter drops results
that a newer request has overtaken, so the UI never waits and never shows stale summaries.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, TabbedContent, TabPane

from brief.model import Report
from brief.summarize.registry import DEFAULT_ARTICLE_SENTENCES
from brief.tui.actors import ActorsView
from brief.tui.articles import ArticlesView
from brief.tui.briefing import BriefingList, BriefingView
from brief.tui.commands import BriefCommands
from brief.tui.export import ExportScreen, free_name
from brief.tui.help import HelpScreen, binding_rows
from brief.tui.loading import Loader, NothingLoaded
from brief.tui.messages import (
    ActorsReady,
    BriefingReady,
    JumpToSentence,
    LoadFailed,
    ReportReady,
)
from brief.tui.methods import MethodScreen
from brief.tui.search import Search, SearchBar
from brief.tui.stories import StoriesView, StoryChosen, story_heading, story_report
from brief.tui.widgets import LoadingPanel

if TYPE_CHECKING:
    from brief.pipeline import Options

DEBUG_ENV = "BRIEF_DEBUG"
"""Set, the reader prints the traceback of every internal error after closing (as the CLI does)."""
VIEWS = ("briefing", "articles", "actors")
NARROW = 110
"""Below this many columns, side-by-side panes stack."""
MAX_ARTICLE_SENTENCES = 30
MAX_BRIEFING_SENTENCES = 40
"""The briefing's length in the reader: beyond ~40 items it stops being a briefing (the -n option is not capped)."""
NOTICE_LINES = 3
"""A loading notice quotes at most this many problems and counts the rest: one toast per kind (skipped
inputs, notes), not one per line (200 duplicates made five toasts and "and 149 more", half the screen)."""
NOTICE_SECONDS = 8


class Views(TabbedContent):
    """The three views. Only the reader switches them (keys, palette, a click on a tab).

    A stock TabbedContent also switches to any pane in which a widget gets the focus. Focus moves
    are deferred, so a focus asked for before a view key (the first view's list, as the briefing
    appears) landed after it and switched back: the reader pressed 3 and got the briefing
    (issue 13). Here a pane gaining the focus never changes the view; the app takes the focus
    back to the view on show.
    """

    def _on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        event.prevent_default()  # the base class's handler would switch to the pane


class BriefApp(App[None]):
    """Briefing, articles and actors views over one Report, with recompute, search and export."""

    CSS_PATH = "app.tcss"
    TITLE = "brief"
    COMMANDS = App.COMMANDS | {BriefCommands}
    BINDINGS = [
        # Only with several stories. "List", not "Stories": at 80 columns the footer then keeps q Quit.
        Binding("s", "show_stories", "List"),
        # The tabs show "1 Briefing  2 Articles  3 Actors", so the footer leaves them out: at 80
        # columns it then holds every other key with a space between key and label (issue 13).
        Binding("1", "show_view('briefing')", "Briefing", show=False),
        Binding("2", "show_view('articles')", "Articles", show=False),
        Binding("3", "show_view('actors')", "Actors", show=False),
        # Keys of the moment first, so a narrow footer never cuts them: they appear only in the
        # articles view and while there is a search.
        Binding("left_square_bracket", "step_article(-1)", "Previous article", key_display="[",
                group=Binding.Group("Article")),
        Binding("right_square_bracket", "step_article(1)", "Next article", key_display="]",
                group=Binding.Group("Article")),
        Binding("n", "next_hit", "Next hit", group=Binding.Group("Hit")),
        Binding("N", "previous_hit", "Previous hit", group=Binding.Group("Hit")),
        Binding("plus", "longer", "One sentence more (view 1: the briefing; else each summary)", key_display="+",
                group=Binding.Group("Length")),
        Binding("minus", "shorter", "One sentence fewer (view 1: the briefing; else each summary)",
                key_display="-", group=Binding.Group("Length")),
        Binding("equals_sign", "longer", show=False),
        Binding("m", "choose_method", "Method"),
        # Priority: "/" acts when it arrives, before the keys typed after it are routed (Textual
        # routes a burst of keys to the widget focused on arrival: "/Blinken" typed fast lost the query).
        Binding("slash", "search", "Search", key_display="/", priority=True),
        Binding("e", "export", "Export"),
        Binding("question_mark", "help", "Keys", key_display="?"),
        Binding("q", "quit", "Quit"),
    ]

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
            self._progress_timer = self.set_interval(0.05, self._show_progress)
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
        shown = lines[:NOTICE_LINES]
        if len(lines) > len(shown):
            shown.append(f"… and {len(lines) - len(shown)} more (all are printed by brief --print)")
        self.notify("\n".join(shown), title=f"{title} ({len(lines)})" if len(lines) > 1 else title,
                    severity=severity, markup=False, timeout=NOTICE_SECONDS)  # type: ignore[arg-type]

    def _resummarize(self, report: Report, method: str, count: int, generation: int) -> None:
        """Recompute the per-article summaries (in a thread)."""
        from brief import pipeline

        self.post_message(ReportReady(pipeline.resummarize(report, method, count), generation))

    def _recompute(self, method: str, count: int) -> None:
        """Ask for summaries by ``method`` with ``count`` sentences; newer requests win."""
        if self.report is None:
            return
        self.method, self.count = method, count
        self.generation += 1
        self._show_status(busy=True)
        self.run_worker(partial(self._resummarize, self.report, method, count, self.generation), thread=True,
                        group="summaries", exclusive=True, exit_on_error=False)

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

    async def _stories_view(self) -> StoriesView:
        """The list of stories, mounted when a report first has several (with one, the reader is as before)."""
        found = self.query(StoriesView)
        if found:
            return found.first()
        view = StoriesView(id="stories")
        await self.mount(view, before=self.query_one(SearchBar))
        return view

    def _layout(self) -> None:
        """The list of stories or the views, whichever is current."""
        for view in self.query(StoriesView):
            view.display = self.listing
        self.query_one("#views").display = not self.listing

    def _focus_current(self) -> None:
        if self.listing:
            self.query_one(StoriesView).focus_main()
        else:
            self._focus_view(self.query_one(TabbedContent).active)

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
        self.sub_title = (f"{where}{n} article{'s' if n != 1 else ''} · {briefing}{self.method} {self.count} per article"
                          + (" · recomputing…" if busy else ""))

    # -- stories -------------------------------------------------------------------------

    async def on_story_chosen(self, message: StoryChosen) -> None:
        """Show the chosen story in the views, starting with its briefing."""
        await self._open_story(message.story, "briefing")

    async def _open_story(self, story: int, view: str) -> None:
        if self.report is None:
            return
        if story != self.story:
            self.story = story
            self.search = None
            self.query_one(ArticlesView).search = None
            await self._fill_views()
        self.listing = False
        self._layout()
        self.query_one(TabbedContent).active = view
        self._focus_view(view)
        self._show_status(busy=False)
        self.refresh_bindings()

    async def action_show_stories(self) -> None:
        """Back to the list of stories (``s``; only when there are several)."""
        if self.report is None or not self.several_stories:
            return
        self.listing = True
        (await self._stories_view()).show(self.report, self.story)
        self._layout()
        self._focus_current()
        self._show_status(busy=False)
        self.refresh_bindings()

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

    # -- views and jumps -----------------------------------------------------------------

    async def action_show_view(self, view: str) -> None:
        """Switch to one of the three views: from the list of stories, of the story under the cursor;
        asked for while loading, as soon as there is a report."""
        if view not in VIEWS:
            return
        if self.report is not None and self.listing:
            story = self.query_one(StoriesView).highlighted
            if story is not None:
                await self._open_story(story, view)
            return
        self.query_one(TabbedContent).active = view
        if self.report is not None:
            self._focus_view(view)
            self.refresh_bindings()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """A click on a tab focuses that view, as its key does (but never takes the search bar's cursor)."""
        if event.pane.id and not isinstance(self.focused, Input):
            self._focus_view(event.pane.id)
        self.refresh_bindings()

    def on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        """A late focus landed in a hidden view: bring the keyboard back to the view on show."""
        tabs = self.query(TabbedContent)
        if not tabs:
            return  # the views are gone (the app is closing)
        active = tabs.first().active
        if event.tab_pane.id != active:
            self._focus_view(active)

    def _focus_view(self, view: str) -> None:
        if view == "briefing":
            self.query_one(BriefingList).focus()
        elif view == "articles":
            self.query_one(ArticlesView).focus_reading()
        elif view == "actors":
            self.query_one(ActorsView).focus_main()

    async def on_jump_to_sentence(self, message: JumpToSentence) -> None:
        """Open the sentence's article in the articles view, scrolled to and marking the sentence."""
        if self.report is None or message.ref.article not in {a.id for a in self.shown().articles}:
            return
        await self.action_show_view("articles")
        await self.query_one(ArticlesView).open(message.ref.article, message.ref)

    async def action_step_article(self, delta: int) -> None:
        """Previous or next article (``[`` and ``]``, shown only in the articles view)."""
        await self.query_one(ArticlesView).step(delta)

    async def action_goto_article(self, delta: int) -> None:
        """Previous or next article from anywhere (the command palette's version)."""
        await self.action_show_view("articles")
        await self.query_one(ArticlesView).step(delta)

    # -- summaries -----------------------------------------------------------------------

    def action_longer(self) -> None:
        """One sentence more: in the briefing when it is on show, else in every article summary."""
        if self.query_one(TabbedContent).active == "briefing":
            self.action_briefing_length(+1)
        else:
            self.action_summary_length(+1)

    def action_shorter(self) -> None:
        """One sentence fewer: in the briefing when it is on show, else in every article summary."""
        if self.query_one(TabbedContent).active == "briefing":
            self.action_briefing_length(-1)
        else:
            self.action_summary_length(-1)

    def action_summary_length(self, delta: int) -> None:
        """``delta`` sentences more in every article summary (between 1 and MAX_ARTICLE_SENTENCES)."""
        self._recompute(self.method, min(max(self.count + delta, 1), MAX_ARTICLE_SENTENCES))

    def action_briefing_length(self, delta: int) -> None:
        """``delta`` sentences more in the briefing of the story on show, rebuilt in a thread."""
        if self.report is None or self.story is None:
            return
        shown = self.shown()
        current = len(shown.stories[0].briefing)
        wanted = min(max(current + delta, 1), MAX_BRIEFING_SENTENCES)
        if wanted == current:
            return
        self.briefing_generation += 1
        self._show_status(busy=True)
        self.run_worker(partial(self._build_briefing, shown, wanted, self.briefing_generation), thread=True,
                        group="briefing", exclusive=True, exit_on_error=False)

    def _build_briefing(self, shown: Report, sentences: int, generation: int) -> None:
        """The story's briefing at ``sentences`` items, as the pipeline builds it (same method, same order)."""
        from brief.ingest.dates import order_by_date
        from brief.summarize.briefing import build_briefing

        briefing = build_briefing(shown.articles, shown.sentences, sentences_budget=sentences)
        if self.options is not None and self.options.order == "date":
            briefing = order_by_date(briefing, {a.id: a.date for a in shown.articles})
        self.post_message(BriefingReady(briefing, generation, shown.stories[0].id))

    def on_briefing_ready(self, message: BriefingReady) -> None:
        """Show the briefing at its new length; drop one that a newer request has overtaken."""
        if message.generation != self.briefing_generation or self.report is None:
            return
        stories = tuple(dataclasses.replace(s, briefing=message.briefing) if s.id == message.story else s
                        for s in self.report.stories)
        self.report = dataclasses.replace(self.report, stories=stories)
        self.query_one(BriefingView).show(self.shown())
        self._show_status(busy=False)

    def action_choose_method(self) -> None:
        """Offer every registered method."""
        if self.report is not None:
            self.push_screen(MethodScreen(self.method, self.count), self._method_chosen)

    def _method_chosen(self, method: str | None) -> None:
        if method:
            self._recompute(method, self.count)

    def action_set_method(self, method: str) -> None:
        """Use ``method`` (from the command palette)."""
        self._recompute(method, self.count)

    # -- search --------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search bar."""
        if self.report is not None:
            self.query_one(SearchBar).open()

    async def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        """A new query finds its hits; the same query again moves to the next hit."""
        assert self.report is not None
        if self.search is not None and self.search.query == message.query:
            self.search.step(1)
        else:
            self.search = Search.run(self.shown(), message.query)
        self.refresh_bindings()
        await self._go_to_hit()

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        """Back to the view the reader was in."""
        self._focus_current()

    async def action_next_hit(self) -> None:
        """Move to the next search hit."""
        if self.search:
            self.search.step(1)
            await self._go_to_hit()

    async def action_previous_hit(self) -> None:
        """Move to the previous search hit."""
        if self.search:
            self.search.step(-1)
            await self._go_to_hit()

    async def _go_to_hit(self) -> None:
        assert self.search is not None
        self.query_one(SearchBar).set_status(self.search.status())
        articles = self.query_one(ArticlesView)
        articles.search = self.search
        hit = self.search.current
        if hit is None:
            await articles.repaint()
            return
        self.query_one(TabbedContent).active = "articles"
        await articles.open(hit.article, None, offset=hit.start)

    # -- export and help -----------------------------------------------------------------

    def action_export(self) -> None:
        """Ask where to write the briefing as Markdown (the story on show, or every story from their
        list); the dialog writes, and stays open on failure."""
        if self.report is not None:
            self.push_screen(ExportScreen(free_name(Path()), self._write_export), self._exported)

    def _write_export(self, path: Path, replace: bool) -> Path:
        from brief.atomic import write_atomic
        from brief.render.markdown import render_markdown

        assert self.report is not None
        return write_atomic(path, render_markdown(self._exported_report()), force=replace)

    def _exported_report(self) -> Report:
        """What ``e`` writes: every story from their list (or when there is one), else the story on show."""
        assert self.report is not None
        return self.report if self.listing or not self.several_stories else self.shown()

    def _exported(self, written: Path | None) -> None:
        if written is None or self.report is None:
            return
        whole = self.listing or not self.several_stories
        what = "" if not self.several_stories else (
            f"all {len(self.report.stories)} stories to " if whole else f"story {self.story} to ")
        self.notify(f"Wrote {what}{written.resolve()}", title="Exported", markup=False)

    def action_help(self) -> None:
        """Show every key."""
        bindings = [b for b in Binding.make_bindings(self.BINDINGS)
                    if self.several_stories or b.action != "show_stories"]
        sections = [
            ("Everywhere", binding_rows(bindings)),
            ("Search bar", [("enter", "search; again for the next hit"), ("esc", "close (hits stay marked)")]),
        ]
        if self.several_stories:
            sections.append(("Stories list", [
                ("enter", "read the story: its briefing, articles and actors"),
                ("1 2 3", "read the story under the cursor in that view"),
                ("e", "export every story; in a story, e exports that story"),
            ]))
        self.push_screen(HelpScreen(sections))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim what needs a report until there is one; hide the hit keys until there is a search."""
        if action in ("next_hit", "previous_hit"):
            return bool(self.search and self.search.hits)
        if action == "step_article":
            return (self.report is not None and not self.listing
                    and self.query_one(TabbedContent).active == "articles")
        if action == "show_stories":
            return self.several_stories and not self.listing
        if action == "search" and (isinstance(self.focused, Input) or len(self.screen_stack) > 1):
            return False  # a "/" typed into a field or a dialog is text
        if action == "search" and self.listing:
            return None  # search looks through the story on show
        if action in ("longer", "shorter", "summary_length", "briefing_length", "choose_method", "search", "export",
                      "set_method"):
            return None if self.report is None else True
        return True

    def on_resize(self, event: events.Resize) -> None:
        """Narrow terminals: stack side-by-side panes and drop the footer's palette hint (``?`` lists it)."""
        narrow = event.size.width < NARROW
        self.set_class(narrow, "-narrow")
        footer = self.query_one(Footer)
        if footer.show_command_palette == narrow:
            footer.show_command_palette = not narrow


def _has_actors(report: Report) -> bool:
    return any(story.actors for story in report.stories)


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
