"""View 3: the actors by salience, and beside them what the selected one said or wants."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from brief.model import Actor, Position, Report, SentenceRef
from brief.render.positions import wording
from brief.tui import spans
from brief.tui.messages import JumpToSentence

EMPTY = (
    "No actors in this report.\n\n"
    "People, organisations and places, with what they said or want, appear here when the "
    "articles name them and the actor finder is available."
)


PENDING = "Finding actors…\n\nThe briefing and the articles are ready; the actors follow in a moment."


def position_prompt(position: Position) -> Content:
    """The position in the printers' words, whole ("calls on Hamas to accept …"), and its sources."""
    cited = (spans.citation(a) for a in sorted({position.article, *position.also}))
    return Content.assemble(spans.shown(wording(position)), " ", *cited)


class PositionList(OptionList):
    """The selected actor's positions; enter on one opens its sentence in its article."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self.positions: tuple[Position, ...] = ()
        """The positions shown, in option order."""

    def show(self, actor: Actor | None) -> None:
        """List ``actor``'s positions (or say that there are none)."""
        self.positions = actor.positions if actor else ()
        self.clear_options()
        if actor is not None and not self.positions:
            self.add_option(Option(Content.styled("No positions attributed to this actor.", "$text-muted"),
                                   disabled=True))
        self.add_options(Option(position_prompt(p)) for p in self.positions)
        if self.positions:
            self.highlighted = 0


@dataclass(frozen=True)
class Widths:
    """Column widths of the actors table, in cells (each column adds CELL_PADDING around them)."""

    name: int
    kind: int
    role: int
    mentions: int
    articles: int


CELL_PADDING = 2
"""A DataTable cell has one blank column on each side."""
SCROLLBAR = 2
"""Kept free for the vertical scrollbar, so a long list never makes the table scroll sideways."""
MIN_NAME, MIN_ROLE, MIN_ARTICLES = 12, 4, 8
"""Below 12 cells most two-word names are cut; "Role" and "Articles" are the narrowest headings."""
ARTICLES_SHARE = 5
"""The articles column takes at most a fifth of the free width: on 200 articles an actor cited by
40 of them would otherwise push names and roles off the table (its full list is in the detail)."""
NAME_SHARE = (3, 4)
"""Names get up to three quarters of what the articles leave, roles the rest (names are what the
table is read by, the whole role is in the detail beside it: on the seeds at 120 columns this keeps
"Biden administration" whole); space neither needs goes back to the names, then to the articles."""


def cited(articles: Iterable[int]) -> str:
    """``[2][10][11]``: each article once, in order."""
    return "".join(f"[{a}]" for a in sorted(set(articles)))


def cited_cell(articles: Iterable[int], width: int) -> Text:
    """``[2][10][11]…``: as many whole citations, in order and in their colours, as fit in ``width``."""
    ids = sorted(set(articles))
    out = Text()
    for n, a in enumerate(ids):
        mark = f"[{a}]"
        room = width - (1 if n < len(ids) - 1 else 0)  # keep a cell for "…" while more follow
        if len(out) + len(mark) > room:
            out.append("…")
            break
        out.append(mark, spans.source_style(a))
    return out


def column_widths(width: int, actors: Sequence[Actor]) -> Widths:
    """Fit name, kind, role, mentions and articles into ``width`` cells, each by its content."""
    kind = max([4] + [len(a.kind) for a in actors])
    mentions = len("Mentions")
    want_name = max([MIN_ROLE] + [len(spans.line(a.name)) for a in actors])
    want_role = max([MIN_ROLE] + [len(spans.line(a.role)) for a in actors])
    want_articles = max([MIN_ARTICLES] + [len(cited(a.articles)) for a in actors])
    room = max(MIN_NAME + MIN_ROLE + MIN_ARTICLES, width - SCROLLBAR - 5 * CELL_PADDING - kind - mentions)
    articles = min(want_articles, max(MIN_ARTICLES, room // ARTICLES_SHARE))
    left = room - articles
    name = min(want_name, max(MIN_NAME, left * NAME_SHARE[0] // NAME_SHARE[1]))
    role = max(MIN_ROLE, left - name)
    if role > want_role:
        spare, role = role - want_role, want_role
        grow = min(spare, want_name - name)
        name, spare = name + grow, spare - grow
        grow = min(spare, want_articles - articles)
        articles, spare = articles + grow, spare - grow
        role += spare
    return Widths(name, kind, role, mentions, articles)


class ActorsTable(DataTable[Text]):
    """The actors' table; it tells its view when its width changes, so the columns are refitted."""

    @dataclass
    class Resized(Message):
        """The table has a new size (also when first shown: hidden, it has none)."""

    def on_resize(self, event: events.Resize) -> None:
        """Ask the view to refit the columns to the width the table really has."""
        self.post_message(self.Resized())


class Notice(Static, can_focus=True):
    """The "finding actors" / "no actors" text. It takes the keyboard while the view has nothing else:
    with the focus on nothing, Textual's auto-focus (on start, or when the terminal regains focus)
    would focus the briefing's list and so switch views under the reader (issue 13)."""


class ActorsView(Vertical):
    """A table of actors (name, kind, role, mentions, articles) with the selected one's positions."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.actors: tuple[Actor, ...] = ()
        """The actors, most salient first, in table order."""
        self._fitted: tuple[int, tuple[Actor, ...]] | None = None

    def compose(self) -> ComposeResult:
        yield Notice(Content(EMPTY), id="actors-empty")
        with Horizontal(id="actors-panes"):
            yield ActorsTable(cursor_type="row", zebra_stripes=True, id="actors-table")
            with Vertical(id="positions-pane"):
                yield Static(id="positions-heading", classes="heading")
                yield PositionList(id="positions-list")

    def show(self, report: Report, *, pending: bool = False) -> None:
        """Fill the table from the actors of ``report``'s (one) story, or say they are still being found,
        or that there are none."""
        self.actors = report.stories[0].actors  # the core ranks them, most salient first
        empty = self.query_one("#actors-empty", Static)
        empty.update(Content(PENDING if pending and not self.actors else EMPTY))
        empty.display = not self.actors
        self.query_one("#actors-panes").display = bool(self.actors)
        self._fill_table()

    def _fill_table(self) -> None:
        """One row per actor, columns fitted to the table's width; the cursor stays on its actor.

        Called when the actors change and whenever the table is resized, which includes the first
        time it is shown: a table in a hidden view has no width yet (issue 13: pressing 3 at once
        built the columns for a guessed width and left them so).
        """
        table = self.query_one(ActorsTable)
        width = table.size.width
        if not width or self._fitted == (width, self.actors):
            if not self.actors:
                table.clear(columns=True)
                self._show_positions(None)
            return
        self._fitted = (width, self.actors)
        row = table.cursor_row
        w = column_widths(width, self.actors)
        with table.prevent(DataTable.RowHighlighted):  # refitting is not the reader moving
            table.clear(columns=True)
            for label, cells in (("Name", w.name), ("Kind", w.kind), ("Role", w.role), ("Mentions", w.mentions),
                                 ("Articles", w.articles)):
                table.add_column(Text(label), width=cells, key=label.lower())
            for n, actor in enumerate(self.actors):
                table.add_row(
                    Text(spans.clip(spans.line(actor.name), w.name)),
                    Text(spans.line(actor.kind)),
                    Text(spans.clip(spans.line(actor.role), w.role)),
                    Text(str(actor.mentions), justify="right"),
                    cited_cell(actor.articles, w.articles),
                    key=str(n),
                )
            row = min(row, len(self.actors) - 1)
            table.move_cursor(row=row)
        self._show_positions(row)

    def on_actors_table_resized(self, event: ActorsTable.Resized) -> None:
        """Refit the columns to the table's new width."""
        event.stop()
        if self.actors:
            self._fill_table()

    def _show_positions(self, row: int | None) -> None:
        """The detail of the actor on ``row``: everything the table cuts (whole role, every article), and its positions."""
        actor = self.actors[row] if row is not None and 0 <= row < len(self.actors) else None
        heading = Content("")
        if actor is not None:
            n = len(actor.positions)
            about = ", ".join(spans.line(x) for x in (actor.kind, actor.role) if x)
            heading = Content("\n").join([
                Content.assemble((spans.line(actor.name), "bold"), (f" ({about})" if about else "", "$text-muted")),
                Content.assemble((f"{actor.mentions} mention{'s' if actor.mentions != 1 else ''} in ", "$text-muted"),
                                 *(spans.citation(a) for a in sorted(set(actor.articles)))),
                Content.styled(f"{n} position{'s' if n != 1 else ''}" + ("   enter: open in its article" if n else ""),
                               "$text-muted"),
            ])
        self.query_one("#positions-heading", Static).update(heading)
        self.query_one(PositionList).show(actor)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The positions follow the cursor (a highlight the cursor has since left behind is ignored)."""
        event.stop()
        if event.cursor_row == event.data_table.cursor_row:
            self._show_positions(event.cursor_row)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on an actor moves to its positions."""
        event.stop()
        positions = self.query_one(PositionList)
        if positions.positions:
            positions.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a position: jump to its sentence."""
        event.stop()
        positions = self.query_one(PositionList).positions
        if 0 <= event.option_index < len(positions):
            p = positions[event.option_index]
            self.post_message(JumpToSentence(SentenceRef(p.article, p.index)))

    def focus_main(self) -> None:
        """Focus the table; with no actors (yet), the notice that says so."""
        if self.actors:
            self.query_one(DataTable).focus()
        else:
            self.query_one(Notice).focus()
