"""Searching across the articles' texts: the hits, and the bar where the query is typed.

Hits are found in the shown (terminal-safe, same-length) text, so their offsets index
``Article.text`` and the article body marks exactly what matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label

from brief.model import Report
from brief.tui import spans


@dataclass(frozen=True)
class Hit:
    """One match: the article's id and the character span in its text."""

    article: int
    start: int
    end: int
    in_title: bool = False
    """A match in the article's title (start and end index the title): its article opens at the top."""


@dataclass
class Search:
    """A query's hits across every article, in reading order, and the one the reader is on."""

    query: str
    hits: tuple[Hit, ...]
    index: int = 0
    stories: dict[int, int] | None = None
    """For a search of every story (``/`` on the list of stories): each article's story; else None."""

    @classmethod
    def run(cls, report: Report, query: str) -> Search:
        """Every case-insensitive occurrence of ``query`` in the articles' texts."""
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        hits = tuple(
            Hit(article.id, m.start(), m.end())
            for article in report.articles
            for m in pattern.finditer(spans.shown(article.text))
            if m.end() > m.start()
        )
        return cls(query, hits)

    @classmethod
    def everywhere(cls, report: Report, query: str) -> Search:
        """Every occurrence of ``query`` in every story, story by story as the list orders them; each
        article's title first, as the list shows titles (a title hit opens its article at the top)."""
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        by_id = {a.id: a for a in report.articles}
        hits: list[Hit] = []
        for story in report.stories:
            for article in (by_id[i] for i in story.articles):
                hits += [Hit(article.id, m.start(), m.end(), True)
                         for m in pattern.finditer(spans.line(article.title)) if m.end() > m.start()]
                hits += [Hit(article.id, m.start(), m.end())
                         for m in pattern.finditer(spans.shown(article.text)) if m.end() > m.start()]
        stories = {i: story.id for story in report.stories for i in story.articles}
        return cls(query, tuple(hits), stories=stories)

    @property
    def current(self) -> Hit | None:
        """The hit the reader is on, if there is any."""
        return self.hits[self.index] if self.hits else None

    def step(self, delta: int) -> Hit | None:
        """Move to the next (or previous) hit, wrapping round; the new current hit."""
        if self.hits:
            self.index = (self.index + delta) % len(self.hits)
        return self.current

    def in_article(self, article: int) -> tuple[tuple[tuple[int, int], ...], int | None]:
        """The spans of the hits in ``article`` and which of them is current (None if elsewhere)."""
        mine = [(n, h) for n, h in enumerate(self.hits) if h.article == article and not h.in_title]
        current = next((i for i, (n, _) in enumerate(mine) if n == self.index), None)
        return tuple((h.start, h.end) for _, h in mine), current

    def status(self) -> str:
        """``3/12 in [2]`` (``3/12 in story 4, [2] title`` searching every story) or ``no matches``."""
        hit = self.current
        if hit is None:
            return "no matches"
        where = f"[{hit.article}]{' title' if hit.in_title else ''}"
        if self.stories is not None:
            where = f"story {self.stories[hit.article]}, {where}"
        return f"{self.index + 1}/{len(self.hits)} in {where}"


IN_STORY = "search the articles; enter for the next hit, esc to close"
EVERYWHERE = "search every story's titles and texts; enter for the next hit, esc to close"


class SearchBar(Horizontal):
    """The query line, shown by ``/``: enter searches (again: next hit), escape closes it."""

    BINDINGS = [Binding("escape", "close", "Close search")]

    @dataclass
    class Submitted(Message):
        """The reader pressed enter on a query."""

        query: str

    @dataclass
    class Closed(Message):
        """The reader closed the bar."""

    def compose(self) -> ComposeResult:
        yield Label(Content("/"), id="search-prompt")
        yield Input(placeholder=IN_STORY, id="search-input")
        yield Label(id="search-status")

    def open(self, everywhere: bool = False) -> None:
        """Show the bar and put the cursor in it at once: keys typed right after ``/`` are the query.

        (``focus()`` is deferred, and keys already queued went to the app's bindings: typing
        "/Blinken" fast opened the export dialog at "e" and wrote a file at the enter.)
        ``everywhere``: the search will look through every story (opened from the list of stories).
        """
        self.query_one(Input).placeholder = EVERYWHERE if everywhere else IN_STORY
        self.display = True
        self.screen.set_focus(self.query_one(Input))

    def set_status(self, status: str) -> None:
        """Show how many hits there are and which is current."""
        self.query_one("#search-status", Label).update(Content(status))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Hand the query to the app."""
        event.stop()
        if event.value.strip():
            self.post_message(self.Submitted(event.value))

    def action_close(self) -> None:
        """Hide the bar; the hits stay marked and n / N still move between them."""
        self.display = False
        self.post_message(self.Closed())
