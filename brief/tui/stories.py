"""The Stories view: with several stories the reader opens on their list, and enter picks one.

The other views show one story at a time: they are given ``story_report``, the report cut down to
that story's articles, briefing and actors, so they need not know about stories at all.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, Label

from brief.model import Report, Story
from brief.render.text import source_names, sources_cell
from brief.tui import spans


def story_report(report: Report, story_id: int) -> Report:
    """``report`` as if its input had been this story's articles only (ids and texts unchanged)."""
    story = next(s for s in report.stories if s.id == story_id)
    members = set(story.articles)
    articles = tuple(a for a in report.articles if a.id in members)
    return dataclasses.replace(report, articles=articles, stories=(story,))


def story_heading(report: Report, story: Story) -> str:
    """``Story 2 of 5: <title>``: what the header says while the views show one story."""
    return f"Story {story.id} of {len(report.stories)}: {spans.line(story.title) or '(untitled)'}"


@dataclass
class StoryChosen(Message):
    """Enter (or a click) on a story in the list."""

    story: int


class StoriesView(Vertical):
    """One row per story: title, articles, sources and dates, in the pipeline's order."""

    # The list hides the tabs that show "1 Briefing  2 Articles  3 Actors" in a story, so here the
    # footer shows the keys instead (they open the story under the cursor in that view). + - [ ]
    # act on the story on show, and here there is none: they did nothing and said nothing, so they
    # say where they work (out of the footer, which then fits 80 columns).
    BINDINGS = [
        Binding("1", "app.show_view('briefing')", "Briefing"),
        Binding("2", "app.show_view('articles')", "Articles"),
        Binding("3", "app.show_view('actors')", "Actors"),
        *(Binding(key, "in_a_story", show=False)
          for key in ("plus", "minus", "equals_sign", "left_square_bracket", "right_square_bracket")),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.stories: tuple[Story, ...] = ()
        """The stories listed, in table order."""
        self._report: Report | None = None
        self._table_width = 0

    def compose(self) -> ComposeResult:
        yield Label(id="stories-heading", classes="heading")
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True, id="stories-table")
        yield table

    def show(self, report: Report, current: int | None = None) -> None:
        """List ``report``'s stories, the cursor on story ``current`` (or the first)."""
        self._report = report
        self.stories = report.stories
        n = len(self.stories)
        self.query_one("#stories-heading", Label).update(Content.assemble(
            (f"{n} stories in {len(report.articles)} articles", "bold"),
            ("   enter: read the story", "$text-muted"),
        ))
        self._fill_table(current)

    @property
    def highlighted(self) -> int | None:
        """The id of the story under the cursor."""
        row = self.query_one(DataTable).cursor_row
        return self.stories[row].id if 0 <= row < len(self.stories) else None

    def _fill_table(self, current: int | None = None) -> None:
        """Title takes the width the counts and dates leave."""
        if self._report is None:
            return
        table = self.query_one(DataTable)
        row = next((n for n, s in enumerate(self.stories) if s.id == current), table.cursor_row)
        by_id = {a.id: a for a in self._report.articles}
        outlets = [sources_cell(by_id[i] for i in s.articles) for s in self.stories]
        named = any(source_names(self._report.articles))
        year = common_year(self.stories)
        dates = [dates_cell(s.dates, year) for s in self.stories]
        id_w = len(str(len(self.stories)))
        dates_w = max([0] + [len(d) for d in dates])
        width = self.size.width or self.app.size.width
        sources = named and width >= SOURCES_MIN_WIDTH
        dates_label = f"Dates {year}" if year else "Dates"
        fixed = [("#", id_w), ("Articles", 8)]
        if sources:
            fixed.append(("Sources", 7))
        if dates_w:
            fixed.append((dates_label, max(dates_w, len(dates_label))))
        title_w = max(16, width - sum(w + 2 for _, w in fixed) - 4)
        self._table_width = width
        table.clear(columns=True)
        table.add_column(Text("#"), width=id_w, key="id")
        table.add_column(Text("Title"), width=title_w, key="title")
        for label, w in fixed[1:]:
            table.add_column(Text(label), width=w, key=label.split()[0].lower())
        for story, count, when in zip(self.stories, outlets, dates):
            cells = [
                Text(str(story.id), justify="right"),
                Text(spans.clip(spans.line(story.title) or "(untitled)", title_w)),
                Text(str(len(story.articles)), justify="right"),
            ]
            if sources:
                cells.append(Text(count, justify="right"))
            if dates_w:
                cells.append(Text(when))
            table.add_row(*cells, key=str(story.id))
        if self.stories:
            table.move_cursor(row=min(max(row, 0), len(self.stories) - 1))

    def on_resize(self) -> None:
        """Re-fit the title column to the new width."""
        if self.stories and self.size.width != self._table_width:
            self._fill_table(self.highlighted)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a story: ask the app to show it."""
        event.stop()
        if event.row_key.value is not None:
            self.post_message(StoryChosen(int(event.row_key.value)))

    def action_in_a_story(self) -> None:
        """A story's key pressed on the list: say where it works, in one line."""
        self.notify(IN_A_STORY, markup=False)

    def focus_main(self) -> None:
        """Put the keyboard on the list."""
        self.query_one(DataTable).focus()


IN_A_STORY = "+ - (lengths) and [ ] (articles) work in a story: enter opens the one under the cursor"
"""The notice for a story's key pressed on the list of stories."""

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SOURCES_MIN_WIDTH = 100
"""Below this many columns the Sources count gives way to the titles (the story's legend still has the
sources): at 80 columns titles were cut to 32 characters."""


def dates_cell(dates: tuple[str, str] | None, year: str | None) -> str:
    """``Apr 28–29``, ``Apr 28–May 2``: the year left to the column's label when every story shares
    ``year``, else after the dates (``Dec 30 1998–Jan 2 1999``). ``2022-04-28 – 04-29`` took the titles' room."""
    if not dates:
        return ""
    (y1, m1, d1), (y2, m2, d2) = (iso.split("-") for iso in dates)
    first = f"{MONTHS[int(m1) - 1]} {int(d1)}"
    if y1 != y2:
        return f"{first} {y1}–{MONTHS[int(m2) - 1]} {int(d2)} {y2}"
    if (m1, d1) == (m2, d2):
        span = first
    elif m1 == m2:
        span = f"{first}–{int(d2)}"
    else:
        span = f"{first}–{MONTHS[int(m2) - 1]} {int(d2)}"
    return span if y1 == year else f"{span} {y1}"


def common_year(stories: tuple[Story, ...]) -> str | None:
    """The one year every dated story falls in, if there is one (the Dates column then names it once)."""
    years = {iso[:4] for s in stories if s.dates for iso in s.dates}
    return years.pop() if len(years) == 1 else None
