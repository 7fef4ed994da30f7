"""Search in the reader: ``/`` opens the bar, enter finds, ``n`` and ``N`` move between the hits."""

from __future__ import annotations

from textual.widgets import TabbedContent

from brief.tui.articles import ArticlesView
from brief.tui.host import Host
from brief.tui.search import Search, SearchBar


class Finding(Host):
    """The search bar's actions: each hit opens its article in the articles view, marked."""

    searching_everywhere = False
    """True when the bar was opened on the list of stories: its search looks through every story."""

    def action_search(self) -> None:
        """Open the search bar: on the list of stories it searches every story, in a story that story."""
        if self.report is not None:
            self.searching_everywhere = self.listing
            self.query_one(SearchBar).open(everywhere=self.listing)

    async def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        """A new query finds its hits; the same query again moves to the next hit."""
        assert self.report is not None
        if self.search is not None and self.search.query == message.query:
            self.search.step(1)
        elif self.searching_everywhere:
            self.search = Search.everywhere(self.report, message.query)
        else:
            self.search = Search.run(self.shown(), message.query)
        self.refresh_bindings()
        await self._go_to_hit()

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        """Back to the view the reader was in."""
        self._focus_current()

    async def action_next_hit(self) -> None:
        """Move to the next search hit."""
        if self.search:
            self.search.step(1)
            await self._go_to_hit()

    async def action_previous_hit(self) -> None:
        """Move to the previous search hit."""
        if self.search:
            self.search.step(-1)
            await self._go_to_hit()

    async def _go_to_hit(self) -> None:
        assert self.search is not None
        self.query_one(SearchBar).set_status(self.search.status())
        articles = self.query_one(ArticlesView)
        articles.search = self.search
        hit = self.search.current
        if hit is None:
            if not self.listing:
                await articles.repaint()
            return
        if self.search.stories is not None and (self.listing or self.search.stories[hit.article] != self.story):
            # Keeps a search of every story; the keyboard stays in the bar (enter: the next hit) while open.
            bar = self.query_one(SearchBar)
            await self._open_story(self.search.stories[hit.article], "articles", focus=not bar.display)
            bar.set_status(self.search.status())
            articles.search = self.search
        self.query_one(TabbedContent).active = "articles"
        await articles.open(hit.article, None, offset=0 if hit.in_title else hit.start)
