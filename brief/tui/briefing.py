"""View 1: the merged briefing, each sentence cited to its sources, and the sources legend."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from brief.model import BriefingItem, Report
from brief.tui import spans
from brief.tui.hanging import Hanging
from brief.tui.messages import JumpToSentence
from brief.tui.widgets import SourcesLegend


class BriefingList(OptionList):
    """The briefing's sentences; enter on one opens it in its (first) source article."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self.items: tuple[BriefingItem, ...] = ()
        """The briefing shown, in option order."""

    def show(self, report: Report) -> None:
        """Fill the list from the briefing of ``report``'s (one) story."""
        self.items = report.stories[0].briefing
        self.clear_options()
        self.add_options(
            Option(Hanging(Content("• "), Content.assemble(spans.shown(" ".join(item.text.split())), " ",
                                                            spans.citations(item.sources))))
            for item in self.items
        )
        if self.items:
            self.highlighted = 0


class BriefingView(Vertical):
    """The briefing with citations coloured per source, above the legend of sources."""

    def compose(self) -> ComposeResult:
        yield Label(id="briefing-heading", classes="heading")
        yield BriefingList(id="briefing-list")
        with VerticalScroll(id="sources-legend"):  # scrolls by wheel, and by keys once tabbed to
            yield SourcesLegend(id="sources")

    def show(self, report: Report) -> None:
        """Render ``report``'s briefing and sources (the heading's hint leaves + - to the footer: with
        it the line took 82 columns and wrapped at 80)."""
        n, m = len(report.articles), len(report.stories[0].briefing)
        heading = f"Briefing · {n} article{'s' if n != 1 else ''} · {m} sentence{'s' if m != 1 else ''}"
        self.query_one("#briefing-heading", Label).update(
            Content.assemble((heading, "bold"), ("   enter: open in its article", "$text-muted"))
        )
        self.query_one(BriefingList).show(report)
        self.query_one(SourcesLegend).show(report)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter (or a click) on a sentence: ask the app to jump to its first source."""
        event.stop()
        items = self.query_one(BriefingList).items
        if 0 <= event.option_index < len(items) and items[event.option_index].sources:
            self.post_message(JumpToSentence(items[event.option_index].sources[0]))
