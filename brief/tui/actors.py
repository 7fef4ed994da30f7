"""View 3: the actors by salience, and beside them what the selected one said or wants."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import DataTable, Label, OptionList, Static
from textual.widgets.option_list import Option

from brief.model import Actor, Position, Report, SentenceRef
from brief.tui import spans
from brief.tui.messages import JumpToSentence

EMPTY = (
    "No actors in this report.\n\n"
    "People, organisations and places, with what they said or want, appear here when the "
    "articles name them and the actor finder is available."
)


PENDING = "Finding actors…\n\nThe briefing and the articles are ready; the actors follow in a moment."


def position_prompt(position: Position) -> Content:
    """Cue, the words (in quote marks when quoted directly) and the source's citation."""
    words = " ".join(spans.shown(position.text or position.summary).split())
    if position.quote:
        words = "“" + words.strip("“”\"") + "”"
    cited = (spans.citation(a) for a in sorted((position.article, *position.also)))
    return Content.assemble((spans.line(position.cue), "bold"), " ", words, " ", *cited)


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


class ActorsView(Vertical):
    """A table of actors (name, kind, role, mentions, articles) with the selected one's positions."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.actors: tuple[Actor, ...] = ()
        """The actors, most salient first, in table order."""
        self._table_width = 0

    def compose(self) -> ComposeResult:
        yield Static(Content(EMPTY), id="actors-empty")
        with Horizontal(id="actors-panes"):
            table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True, id="actors-table")
            yield table
            with Vertical(id="positions-pane"):
                yield Label(id="positions-heading", classes="heading")
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
        self._show_positions(0 if self.actors else None)

    def _fill_table(self) -> None:
        """One row per actor; name and role share what the number columns leave."""
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        self._table_width = width = self.query_one("#actors-table").size.width or self.app.size.width // 2
        names = [spans.line(a.name) for a in self.actors]
        roles = [spans.line(a.role) for a in self.actors]
        kind_w = max([4] + [len(a.kind) for a in self.actors])
        cited_w = max([8] + [sum(len(str(n)) + 2 for n in a.articles) for a in self.actors])  # "[12]" is 4 wide
        room = max(20, width - (kind_w + 2) - 10 - (cited_w + 2) - 4 - 2)
        name_w = min(max([4] + [len(n) for n in names]), max(12, room * 2 // 3))
        role_w = max(4, room - name_w)
        for label, w in (("Name", name_w), ("Kind", kind_w), ("Role", role_w), ("Mentions", 8),
                         ("Articles", cited_w)):
            table.add_column(Text(label), width=w, key=label.lower())
        for n, actor in enumerate(self.actors):
            table.add_row(
                Text(_clip(names[n], name_w)),
                Text(spans.line(actor.kind)),
                Text(_clip(roles[n], role_w)),
                Text(str(actor.mentions), justify="right"),
                Text.assemble(*((f"[{a}]", spans.source_style(a)) for a in actor.articles)),
                key=str(n),
            )
        if self.actors:
            table.move_cursor(row=min(row, len(self.actors) - 1))

    def on_resize(self) -> None:
        """Re-fit the columns to the new width."""
        if self.actors and self.query_one("#actors-table").size.width != self._table_width:
            self._fill_table()

    def _show_positions(self, row: int | None) -> None:
        actor = self.actors[row] if row is not None and 0 <= row < len(self.actors) else None
        heading = Content("")
        if actor is not None:
            n = len(actor.positions)
            heading = Content.assemble(
                (spans.line(actor.name), "bold"), (f" · {n} position{'s' if n != 1 else ''}", "$text-muted"),
                ("   enter: open in its article" if n else "", "$text-muted"),
            )
        self.query_one("#positions-heading", Label).update(heading)
        self.query_one(PositionList).show(actor)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The positions follow the cursor."""
        event.stop()
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
        """Focus the table; with no actors, focus nothing (a hidden view must not keep the focus)."""
        if self.actors:
            self.query_one(DataTable).focus()
        else:
            self.screen.set_focus(None)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
