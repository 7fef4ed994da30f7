"""The export dialog: where to write the briefing as Markdown, and never over a file unasked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from brief.model import Report
from brief.tui import spans
from brief.tui.host import Host

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


Write = Callable[[Path, bool], Path]
"""Writes the export to a path (replacing a file only when told to); the path written, or WriteError."""


class ExportScreen(ModalScreen[Path | None]):
    """Ask for a path and write there; the result is the file written, or None when cancelled.

    A free name is offered and the directory it resolves to is shown; a name that exists is
    written only after the reader says to replace it. A failed write says why in the dialog and
    keeps the typed path, so the reader can fix it rather than start again.
    """

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, suggestion: Path, write: Write) -> None:
        super().__init__()
        self.suggestion = suggestion
        """The free file name offered."""
        self._write = write
        self._confirming: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Label(Content.assemble(("Export the briefing as Markdown", "bold"),
                                         ("   enter to write, esc to cancel", "$text-muted")))
            yield Input(value=str(self.suggestion), id="export-path")
            yield Label(id="export-where")
            yield Label(id="export-error")
            yield Label(id="export-question")
            with Horizontal(id="export-buttons"):
                yield Button("Replace", variant="error", id="export-replace")
                yield Button("Keep it", id="export-keep")

    def on_mount(self) -> None:
        """Ask nothing until a name clashes."""
        self._ask(None)
        self._show_where(str(self.suggestion))
        self._show_error(None)
        self.query_one(Input).focus()

    def _show_where(self, raw: str) -> None:
        """Name the directory the typed path lands in (a relative name is relative to where brief runs)."""
        path = Path(raw.strip() or ".").expanduser()
        directory = path if path.is_dir() else path.parent
        self.query_one("#export-where", Label).update(
            Content.styled(f"in {spans.line(str(directory.resolve()))}", "$text-muted"))

    def _show_error(self, error: str | None) -> None:
        label = self.query_one("#export-error", Label)
        label.display = error is not None
        label.update(Content.styled(spans.line(error or ""), "$text-error"))

    def _write_to(self, path: Path, replace: bool) -> None:
        """Write, and close with the path written; on failure say why and keep the dialog."""
        from brief.atomic import WriteError

        try:
            written = self._write(path, replace)
        except WriteError as error:
            self._ask(None)
            self._show_error(f"Not exported: {error}")
            self.query_one(Input).focus()
            return
        self.dismiss(written)

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
            self._write_to(path, False)

    def on_input_changed(self, event: Input.Changed) -> None:
        """Editing the name withdraws the question and any error, and updates the directory shown."""
        self._show_where(event.value)
        self._show_error(None)
        if self._confirming is not None and event.value.strip() != str(self._confirming):
            self._ask(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Replace (the reader said so), or go back to editing the name."""
        event.stop()
        if event.button.id == "export-replace" and self._confirming is not None:
            self._write_to(self._confirming, True)
        else:
            self._ask(None)
            self.query_one(Input).focus()


class Exporting(Host):
    """``e``: the briefing as Markdown, of the story on show or, from the list of stories, of them all."""

    @property
    def exports_whole(self) -> bool:
        """True when ``e`` writes every story: from their list, or when there is only one."""
        return self.listing or not self.several_stories

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
        """What ``e`` writes: the whole report, or the story on show."""
        assert self.report is not None
        return self.report if self.exports_whole else self.shown()

    def _exported(self, written: Path | None) -> None:
        if written is None or self.report is None:
            return
        what = "" if not self.several_stories else (
            f"all {len(self.report.stories)} stories to " if self.exports_whole else f"story {self.story} to ")
        self.notify(f"Wrote {what}{written.resolve()}", title="Exported", markup=False)
