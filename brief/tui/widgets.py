"""Widgets shared by the views: the loading panel, the sources legend and an article's full text."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Label, ProgressBar, Static

from brief.model import Article, Report
from brief.tui import spans
from brief.tui.hanging import Hanging, Stacked

DIALOG_HEIGHT = 0.9
"""A dialog's max-height in app.tcss (90% of the screen)."""
DIALOG_CHROME = 6
"""Rows of a dialog around its list: border 2, padding 2, the heading and the gap below it."""
ELAPSED_AFTER_S = 2.0
"""From this long on the loading line counts the seconds: one slow page (a date that dateparser tries in
every language, ~5 s cold) held "Reading 8/42…" still, and a still line reads as a hang."""
MAX_BLOCKS = 200
"""Above this many paragraphs, neighbours are merged so that a huge article stays a few widgets."""


class LoadingPanel(Vertical):
    """What the reader shows while the pipeline reads and summarises: the stage and a progress bar."""

    started = 0.0
    """When loading began (``time.monotonic``), set as the panel is mounted."""

    def compose(self) -> ComposeResult:
        yield Label("Starting…", id="loading-stage")
        yield ProgressBar(show_eta=False, id="loading-bar")

    def on_mount(self) -> None:
        self.started = time.monotonic()

    def update_progress(self, stage: str, done: int, total: int) -> None:
        """Show ``stage`` at ``done`` of ``total`` (no total: an indeterminate bar), and the seconds
        spent once there are ELAPSED_AFTER_S of them, so that the line moves while one file is slow."""
        label = f"{stage} {done}/{total}…" if total else f"{stage}…"
        elapsed = time.monotonic() - self.started
        if elapsed >= ELAPSED_AFTER_S:
            label += f"  {elapsed:.0f} s"
        self.query_one("#loading-stage", Label).update(Content(label))
        self.query_one("#loading-bar", ProgressBar).update(total=total or None, progress=done)

    def show_errors(self, errors: Sequence[str]) -> None:
        """Replace the progress with the reasons nothing could be read."""
        self.query_one("#loading-bar", ProgressBar).display = False
        lines = [Content.styled("Nothing usable to read", "bold $error")]
        lines += [Content(spans.line(error)) for error in errors]
        lines.append(Content.styled("Press q to quit.", "$text-muted"))
        self.query_one("#loading-stage", Label).update(Content("\n").join(lines))


class SourcesLegend(Static):
    """``[n] Title (source, date)`` and the file or address of every article, in its colour."""

    def show(self, report: Report) -> None:
        """Render the legend for ``report``."""
        lines: list[Content | Hanging] = [Content.styled("Sources", "bold")]
        for article in report.articles:
            marker = Content.assemble(spans.citation(article.id), " ")
            lines.append(Hanging(marker, legend_line(article)))
            lines.append(Hanging(Content(" " * marker.cell_length),
                                 Content.styled(spans.line(article.url or article.path), "$text-muted")))
        self.update(Stacked(lines))


def legend_line(article: Article) -> Content:
    """Title, then source and date when known."""
    extra = ", ".join(spans.line(x) for x in (article.source, article.date) if x)
    title = Content(spans.line(article.title) or "(untitled)")
    return Content.assemble(title, (f" ({extra})", "$text-muted")) if extra else title


def fit_in_dialog(body: Widget, screen_height: int) -> None:
    """Cap a dialog's list at the rows the dialog has for it, so that the list scrolls rather than
    being cut off by the dialog (at 80x24 the keys' last sections and the last methods were)."""
    body.styles.max_height = max(3, int(screen_height * DIALOG_HEIGHT) - DIALOG_CHROME)


@dataclass(frozen=True)
class Highlights:
    """What to mark in an article's text: offsets into ``Article.text``."""

    summary: tuple[tuple[int, int], ...] = ()
    target: tuple[int, int] | None = None
    hits: tuple[tuple[int, int], ...] = ()
    current: int | None = None  # index into ``hits``

    def spans(self) -> list[tuple[int, int, str]]:
        """Style spans, weakest first so that later ones win."""
        out = [(a, b, ".body--summary") for a, b in self.summary]
        if self.target:
            out.append((*self.target, ".body--target"))
        out += [(a, b, ".body--hit") for a, b in self.hits]
        if self.current is not None and 0 <= self.current < len(self.hits):
            out.append((*self.hits[self.current], ".body--current"))
        return out


class Block(Static):
    """One paragraph (or a run of them) of an article: ``start``/``end`` are offsets in its text."""

    def __init__(self, start: int, end: int, boilerplate: bool) -> None:
        super().__init__(classes="-boilerplate" if boilerplate else "", markup=False)
        self.start = start
        self.end = end


class ArticleBody(VerticalScroll, can_focus=True):
    """An article's full text, paragraph by paragraph, with summary sentences and hits marked."""

    COMPONENT_CLASSES = {"body--summary", "body--target", "body--hit", "body--current"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        """The article on show, or None before the first one."""
        self._text = ""
        self._highlights = Highlights()

    async def show(self, article: Article, highlights: Highlights) -> None:
        """Show ``article`` (rebuilding the paragraphs only when the article changes)."""
        self._highlights = highlights
        if self.article is None or article.id != self.article.id or article is not self.article:
            self.article = article
            self._text = spans.shown(article.text)
            await self.remove_children()
            await self.mount_all(Block(a, b, boiler) for a, b, boiler in blocks(article))
            self.scroll_home(animate=False)
        self._paint()

    def _paint(self) -> None:
        marks = self._highlights.spans()
        for block in self.query(Block):
            block.update(spans.styled(self._text[block.start : block.end], marks, offset=block.start))

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the character at ``offset`` is near the top (after layout has settled)."""
        self.call_after_refresh(self._scroll_to_offset, offset)

    def _scroll_to_offset(self, offset: int) -> None:
        for block in self.query(Block):
            if block.start <= offset < max(block.end, block.start + 1):
                fraction = (offset - block.start) / max(1, block.end - block.start)
                y = block.virtual_region.y + int(fraction * block.outer_size.height)
                self.scroll_to(y=max(0, y - 1), animate=False)
                return


def blocks(article: Article) -> list[tuple[int, int, bool]]:
    """Paragraph spans with a boilerplate flag, covering every non-blank part of the text, in order."""
    spans_: list[tuple[int, int, bool]] = sorted(
        [(a, b, False) for a, b in article.paragraphs] + [(a, b, True) for a, b in article.boilerplate]
    )
    text = article.text
    out: list[tuple[int, int, bool]] = []
    position = 0
    for start, end, boiler in spans_:
        if start < position:
            start = position
        if start >= end:
            continue
        if text[position:start].strip():
            out.append((position, start, False))
        out.append((start, end, boiler))
        position = end
    if text[position:].strip():
        out.append((position, len(text), False))
    if len(out) > MAX_BLOCKS:
        size = -(-len(out) // MAX_BLOCKS)
        out = [(group[0][0], group[-1][1], all(g[2] for g in group)) for group in _chunks(out, size)]
    return out


def _chunks(items: list[tuple[int, int, bool]], size: int) -> list[list[tuple[int, int, bool]]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
