"""The summary-method chooser: every registered method with its one-line description."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from brief.summarize import registry
from brief.tui.widgets import fit_in_dialog


class MethodScreen(ModalScreen[str | None]):
    """Pick a method; the result is its name, or None when the reader backs out."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, current: str, count: int) -> None:
        super().__init__()
        self.current = current
        """The method in use, marked and highlighted on opening."""
        self.count = count

    def compose(self) -> ComposeResult:
        with Vertical(id="method-dialog", classes="dialog"):
            yield Label(
                Content.assemble(
                    ("Summary method", "bold"),
                    (f"   {self.count} sentence{'s' if self.count != 1 else ''} per article; enter chooses, "
                     "esc cancels", "$text-muted"),  # one row of the dialog at 80 columns (70 inside)
                )
            )
            yield OptionList(
                *(Option(self._prompt(name), id=name) for name in registry.METHODS),
                markup=False, id="method-list",
            )

    def _prompt(self, name: str) -> Content:
        mark = "● " if name == self.current else "  "
        return Content.assemble((mark, "$accent"), (name, "bold"), "\n  ", (registry.DESCRIPTIONS[name], "$text-muted"))

    def on_resize(self, event: events.Resize) -> None:
        """Keep the whole list reachable: it scrolls inside the dialog on a short terminal."""
        fit_in_dialog(self.query_one(OptionList), event.size.height)

    def on_mount(self) -> None:
        """Start on the method in use."""
        options = self.query_one(OptionList)
        if self.current in registry.METHODS:
            options.highlighted = registry.METHODS.index(self.current)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """The chosen method goes back to the app."""
        event.stop()
        self.dismiss(event.option.id)
