"""View 2: the articles; the selected one's summary on top and its full text below, summary marked."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Static

from brief.model import Article, Report, SentenceRef
from brief.tui import spans
from brief.tui.hanging import Hanging, OneLine, Stacked
from brief.tui.search import Search
from brief.tui.widgets import ArticleBody, Highlights

EDGE_NOTICE_SECONDS = 2
"""How long "Last article" stays: it answers one key press, and a held key would stack them."""


class ArticlesView(Vertical):
    """List, summary and full text of the articles; the app's ``[`` and ``]`` step between them."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.report: Report | None = None
        """The report on show."""
        self.current: int | None = None
        """The id of the article on show."""
        self.target: SentenceRef | None = None
        """The sentence last jumped to, marked until another article is opened."""
        self.search: Search | None = None
        """The active search, whose hits in the current article are marked."""
        self._table_width = 0
        self.openings = 0
        """How many times an article was (re)opened: a test's witness that the view goes idle."""

    def compose(self) -> ComposeResult:
        table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True, id="articles-table")
        yield table
        with VerticalScroll(id="article-summary"):  # scrolls by wheel, and by keys once tabbed to
            yield Static(id="article-summary-text", markup=False)
        yield ArticleBody(id="article-body")

    async def show(self, report: Report) -> None:
        """Show ``report``: the table of articles and the current (or first) article."""
        ids = [a.id for a in report.articles]
        current = self.current if self.current in ids else ids[0] if ids else None
        self.report = report
        # Force a repaint (the summaries may have changed), and never point the refilled table at an
        # article of another story: the reader opening a second story crashed on it.
        self.current = None
        self._fill_table()
        if current is not None:
            await self.open(current, self.target if self.target and self.target.article == current else None)

    def _fill_table(self) -> None:
        """One row per article; the title takes the width the other columns leave."""
        if self.report is None:
            return
        articles = self.report.articles
        table = self.query_one(DataTable)
        width = self.size.width or self.app.size.width
        source_w = min(20, max((len(spans.line(a.source)) for a in articles), default=0))
        date_w = min(12, max((len(spans.line(a.date)) for a in articles), default=0))
        id_w, words_w = max((len(str(a.id)) for a in articles), default=1), 6
        # Columns with nothing in them (sources and dates are often unknown) are left out.
        extra = [(label, w) for label, w in (("Source", source_w), ("Date", date_w)) if w]
        fixed = [("#", id_w), *extra, ("Words", words_w)]
        title_w = max(16, width - sum(max(w, len(label)) + 2 for label, w in fixed) - 4)
        with table.prevent(DataTable.RowHighlighted):  # refilling is not the reader moving
            table.clear(columns=True)
            table.add_column(Text("#"), width=id_w, key="id")
            table.add_column(Text("Title"), width=title_w, key="title")
            for label, w in fixed[1:]:
                table.add_column(Text(label), width=max(w, len(label)), key=label.lower())
            for article in articles:
                cells = [
                    Text(str(article.id), style=spans.source_style(article.id)),
                    Text(spans.clip(spans.line(article.title) or "(untitled)", title_w)),
                ]
                if source_w:
                    cells.append(Text(spans.clip(spans.line(article.source), source_w)))
                if date_w:
                    cells.append(Text(spans.clip(spans.line(article.date), date_w)))
                cells.append(Text(str(len(article.text.split())), justify="right"))
                table.add_row(*cells, key=str(article.id))
        self._table_width = width
        if self.current:
            self._move_cursor(self.current)

    def _move_cursor(self, article_id: int) -> None:
        """Put the table's cursor on ``article_id`` without announcing it.

        ``current`` is the one truth about which article is open; the table follows it. A
        highlight event posted by our own move (or by refilling the table) would arrive after
        later moves and reopen an older article, whose move would post another: the articles
        bounced forever (issue 13). Only the reader's own moves through the table open articles.
        """
        table = self.query_one(DataTable)
        row = self._row(article_id)
        if table.cursor_row != row:
            with table.prevent(DataTable.RowHighlighted):
                table.move_cursor(row=row)

    def on_resize(self) -> None:
        """Re-fit the title column to the new width."""
        if self.report is not None and self.size.width != self._table_width:
            self._fill_table()

    async def open(self, article_id: int, target: SentenceRef | None = None, offset: int | None = None) -> None:
        """Show article ``article_id``, marking and scrolling to ``target`` or to ``offset``."""
        if self.report is None:
            return
        self.openings += 1
        article = self.report.articles[self._row(article_id)]
        changed = article_id != self.current
        self.current, self.target = article_id, target
        self._move_cursor(article_id)
        self._show_summary(article)
        body = self.query_one(ArticleBody)
        await body.show(article, self._highlights(article))
        if target is not None:
            sentence = self.report.sentences[article_id][target.index]
            body.scroll_to_offset(sentence.start)
        elif offset is not None:
            body.scroll_to_offset(offset)
        elif changed:
            body.scroll_home(animate=False)

    async def repaint(self, offset: int | None = None) -> None:
        """Re-mark the current article (after a search changed) and scroll to ``offset`` if given."""
        if self.current is not None:
            await self.open(self.current, self.target, offset)

    def _highlights(self, article: Article) -> Highlights:
        assert self.report is not None
        sentences = self.report.sentences.get(article.id, ())
        summary = self.report.summaries.get(article.id)
        marked = tuple((sentences[i].start, sentences[i].end) for i in (summary.indexes if summary else ()))
        target = None
        if self.target and self.target.article == article.id and self.target.index < len(sentences):
            s = sentences[self.target.index]
            target = (s.start, s.end)
        hits: tuple[tuple[int, int], ...] = ()
        current = None
        if self.search:
            hits, current = self.search.in_article(article.id)
        return Highlights(marked, target, hits, current)

    def _show_summary(self, article: Article) -> None:
        assert self.report is not None
        sentences = self.report.sentences.get(article.id, ())
        summary = self.report.summaries.get(article.id)
        indexes = summary.indexes if summary else ()
        method = summary.method if summary else self.report.meta.method
        about = " · ".join(spans.line(x) for x in (article.source, article.date) if x)
        lines: list[Content | Hanging | OneLine] = [
            Content.assemble(spans.citation(article.id), " ", (spans.line(article.title) or "(untitled)", "bold"))
        ]
        where = spans.line(article.url or article.path)
        if about or where:
            lines.append(OneLine(about, where, "$text-muted"))
        lines.append(Content.styled(f"Summary by {method}: {len(indexes)} of {len(sentences)} sentences", "$text-muted"))
        for index in indexes:
            s = sentences[index]
            lines.append(Hanging(Content("• "), Content(" ".join(spans.shown(article.text[s.start : s.end]).split()))))
        self.query_one("#article-summary-text", Static).update(Stacked(lines))
        self.query_one("#article-summary", VerticalScroll).scroll_home(animate=False)

    async def step(self, delta: int) -> None:
        """Open the previous or next article."""
        if self.report and self.current:
            row = min(max(0, self._row(self.current) + delta), len(self.report.articles) - 1)
            target = self.report.articles[row].id
            if target != self.current:
                await self.open(target)
            else:  # at either end a key that does nothing would look broken
                edge = "First" if delta < 0 else "Last"
                self.notify(f"{edge} article ({row + 1} of {len(self.report.articles)})", timeout=EDGE_NOTICE_SECONDS)

    def _row(self, article_id: int) -> int:
        """The table row of article ``article_id`` (the view may show one story's articles only)."""
        assert self.report is not None
        return next(n for n, a in enumerate(self.report.articles) if a.id == article_id)

    async def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """Moving through the table opens the article under the cursor."""
        event.stop()
        if event.cursor_row != event.data_table.cursor_row:
            return  # overtaken: the cursor has moved on since this was posted
        if event.row_key.value is not None and int(event.row_key.value) != self.current:
            await self.open(int(event.row_key.value))

    def focus_reading(self) -> None:
        """Put the keyboard on the text, so arrows and page keys scroll it."""
        self.query_one(ArticleBody).focus()
