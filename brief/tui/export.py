"""The export dialog: where to write the briefing as Markdown, and never over a file unasked."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from brief.tui import spans

DEFAULT_NAME = "briefing.md"


def free_name(directory: Path, name: str = DEFAULT_NAME) -> Path:
    """``briefing.md`` in ``directory``, or ``briefing-2.md``, ``-3`` ... whichever does not exist yet."""
    path = directory / name
    stem, suffix = path.stem, path.suffix
    n = 2
    while path.exists():
        path = directory / f"{stem}-{n}{suffix}"
        n += 1
    return path


class ExportScreen(ModalScreen[tuple[Path, bool] | None]):
    """Ask for a path; the result is ``(path, replace)``, or None when cancelled.

    A free name is offered; a name that exists is written only after the reader says to replace it.
    """

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, suggestion: Path) -> None:
        super().__init__()
        self.suggestion = suggestion
        """The free file name offered."""
        self._confirming: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Label(Content.assemble(("Export the briefing as Markdown", "bold"),
                                         ("   enter to write, esc to cancel", "$text-muted")))
            yield Input(value=str(self.suggestion), id="export-path")
            yield Label(id="export-question")
            with Horizontal(id="export-buttons"):
                yield Button("Replace", variant="error", id="export-replace")
                yield Button("Keep it", id="export-keep")

    def on_mount(self) -> None:
        """Ask nothing until a name clashes."""
        self._ask(None)
        self.query_one(Input).focus()

    def _ask(self, path: Path | None) -> None:
        self._confirming = path
        self.query_one("#export-buttons").display = path is not None
        question = self.query_one("#export-question", Label)
        question.display = path is not None
        if path is not None:
            question.update(Content.assemble((spans.line(str(path)), "bold"), " exists. Replace it?"))
            self.query_one("#export-keep", Button).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Write to a new name at once; ask before replacing."""
        event.stop()
        raw = event.value.strip()
        if not raw:
            return
        path = Path(raw).expanduser()
        if path.is_dir():
            path = free_name(path)
            self.query_one(Input).value = str(path)
        if path.exists():
            self._ask(path)
        else:
            self.dismiss((path, False))

    def on_input_changed(self, event: Input.Changed) -> None:
        """Editing the name withdraws the question."""
        if self._confirming is not None and event.value.strip() != str(self._confirming):
            self._ask(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Replace (the reader said so), or go back to editing the name."""
        event.stop()
        if event.button.id == "export-replace" and self._confirming is not None:
            self.dismiss((self._confirming, True))
        else:
            self._ask(None)
            self.query_one(Input).focus()
