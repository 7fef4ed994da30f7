"""The keys screen (``?``): every key the reader answers to, grouped by where it works."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from brief.tui.widgets import fit_in_dialog

Section = tuple[str, Sequence[tuple[str, str]]]

NAVIGATION: Sequence[tuple[str, str]] = (
    ("↑ ↓  pgup pgdn  home end", "move in a list, scroll a text"),
    ("tab  shift+tab", "move between the parts of a view"),
    ("enter", "open the sentence in its article (briefing, positions)"),
    ("ctrl+p", "command palette: every command by name"),
)


def binding_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str]]:
    """``(key, description)`` for each binding that has a description, as the footer shows it."""
    rows: list[tuple[str, str]] = []
    for binding in Binding.make_bindings(bindings):
        if binding.description:
            rows.append((binding.key_display or binding.key, binding.description))
    return rows


class HelpScreen(ModalScreen[None]):
    """A scrollable list of keys; any of escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("question_mark", "dismiss", "Close", show=False),
        Binding("q", "dismiss", "Close", show=False),
    ]

    def __init__(self, sections: Sequence[Section]) -> None:
        super().__init__()
        self.sections = tuple(sections) + (("Moving around", NAVIGATION),)
        """Titled groups of (key, description) rows."""

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Label(Content.assemble(("Keys", "bold"), ("   esc to close", "$text-muted")))
            with VerticalScroll(id="help-body"):
                yield Static(self._render_sections(), markup=False)

    def on_resize(self, event: events.Resize) -> None:
        """Fit the list inside the dialog so that it scrolls (at 80x24 the last sections were cut off)."""
        fit_in_dialog(self.query_one("#help-body", VerticalScroll), event.size.height)

    def on_mount(self) -> None:
        """The keyboard scrolls the list."""
        self.query_one("#help-body", VerticalScroll).focus()

    def _render_sections(self) -> Content:
        lines: list[Content] = []
        for title, rows in self.sections:
            width = max((len(key) for key, _ in rows), default=4) + 2  # per section: short keys stay close
            if lines:
                lines.append(Content(""))
            lines.append(Content.styled(title, "bold $accent"))
            for key, description in rows:
                lines.append(Content.assemble(("  " + key.ljust(width), "bold"), description))
        return Content("\n").join(lines)
