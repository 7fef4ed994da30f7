"""The reader's lengths and methods: longer or shorter summaries and briefing, another summary method.

Each recomputes in a thread worker and posts its result; a generation counter lets the app drop a
result that a newer request has overtaken.
"""

from __future__ import annotations

import dataclasses
from functools import partial

from textual.widgets import TabbedContent

from brief.model import Report
from brief.tui.briefing import BriefingView
from brief.tui.host import Host
from brief.tui.messages import BriefingReady, ReportReady
from brief.tui.methods import MethodScreen

MAX_ARTICLE_SENTENCES = 30
"""The longest per-article summary ``+`` asks for: past it a summary is most of a news article."""
MAX_BRIEFING_SENTENCES = 40
"""The briefing's length in the reader: beyond ~40 items it stops being a briefing (the -n option is not capped)."""


class Lengths(Host):
    """``+``, ``-`` and ``m``: the length of the summaries or of the briefing, and the summary method."""

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
