"""Moving about the reader: the list of stories, the three views, and jumps to an article or a sentence."""

from __future__ import annotations

from textual.widgets import Input, TabbedContent, TabPane

from brief.tui.actors import ActorsView
from brief.tui.articles import ArticlesView
from brief.tui.briefing import BriefingList
from brief.tui.host import Host
from brief.tui.messages import JumpToSentence
from brief.tui.search import SearchBar
from brief.tui.stories import StoriesView, StoryChosen

VIEWS = ("briefing", "articles", "actors")
"""The ids of the three views, in the order of their keys (1, 2, 3)."""


class Views(TabbedContent):
    """The three views. Only the reader switches them (keys, palette, a click on a tab).

    A stock TabbedContent also switches to any pane in which a widget gets the focus. Focus moves
    are deferred, so a focus asked for before a view key (the first view's list, as the briefing
    appears) landed after it and switched back: the reader pressed 3 and got the briefing
    (issue 13). Here a pane gaining the focus never changes the view; the app takes the focus
    back to the view on show.
    """

    def _on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        event.prevent_default()  # the base class's handler would switch to the pane


class Navigation(Host):
    """The list of stories or a story's views, which view is on show, and where the keyboard is."""

    async def _stories_view(self) -> StoriesView:
        """The list of stories, mounted when a report first has several (with one, the reader is as before)."""
        found = self.query(StoriesView)
        if found:
            return found.first()
        view = StoriesView(id="stories")
        await self.mount(view, before=self.query_one(SearchBar))
        return view

    def _layout(self) -> None:
        """The list of stories or the views, whichever is current."""
        for view in self.query(StoriesView):
            view.display = self.listing
        self.query_one("#views").display = not self.listing

    def _focus_current(self) -> None:
        if self.listing:
            self.query_one(StoriesView).focus_main()
        else:
            self._focus_view(self.query_one(TabbedContent).active)

    def _focus_view(self, view: str) -> None:
        if view == "briefing":
            self.query_one(BriefingList).focus()
        elif view == "articles":
            self.query_one(ArticlesView).focus_reading()
        elif view == "actors":
            self.query_one(ActorsView).focus_main()

    # -- stories -------------------------------------------------------------------------

    async def on_story_chosen(self, message: StoryChosen) -> None:
        """Show the chosen story in the views, starting with its briefing."""
        await self._open_story(message.story, "briefing")

    async def _open_story(self, story: int, view: str, focus: bool = True) -> None:
        """Show ``story`` in ``view``; ``focus``: put the keyboard there (a search keeps it in its bar)."""
        if self.report is None:
            return
        if story != self.story:
            self.story = story
            if self.search is not None and self.search.stories is None:  # a story's search stays in it
                self.search = None
            self.query_one(ArticlesView).search = self.search
            await self._fill_views()
        self.listing = False
        self._layout()
        self.query_one(TabbedContent).active = view
        if focus:
            self._focus_view(view)
        self._show_status(busy=False)
        self.refresh_bindings()

    async def action_show_stories(self) -> None:
        """Back to the list of stories (``s``; only when there are several)."""
        if self.report is None or not self.several_stories:
            return
        self.listing = True
        (await self._stories_view()).show(self.report, self.story)
        self._layout()
        self._focus_current()
        self._show_status(busy=False)
        self.refresh_bindings()

    # -- views and jumps -----------------------------------------------------------------

    async def action_show_view(self, view: str) -> None:
        """Switch to one of the three views: from the list of stories, of the story under the cursor;
        asked for while loading, as soon as there is a report."""
        if view not in VIEWS:
            return
        if self.report is not None and self.listing:
            story = self.query_one(StoriesView).highlighted
            if story is not None:
                await self._open_story(story, view)
            return
        self.query_one(TabbedContent).active = view
        if self.report is not None:
            self._focus_view(view)
            self.refresh_bindings()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """A click on a tab focuses that view, as its key does (but never takes the search bar's cursor)."""
        if event.pane.id and not isinstance(self.focused, Input):
            self._focus_view(event.pane.id)
        self.refresh_bindings()

    def on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        """A late focus landed in a hidden view: bring the keyboard back to the view on show."""
        tabs = self.query(TabbedContent)
        if not tabs:
            return  # the views are gone (the app is closing)
        active = tabs.first().active
        if event.tab_pane.id != active:
            self._focus_view(active)

    async def on_jump_to_sentence(self, message: JumpToSentence) -> None:
        """Open the sentence's article in the articles view, scrolled to and marking the sentence."""
        if self.report is None or message.ref.article not in {a.id for a in self.shown().articles}:
            return
        await self.action_show_view("articles")
        await self.query_one(ArticlesView).open(message.ref.article, message.ref)

    async def action_step_article(self, delta: int) -> None:
        """Previous or next article (``[`` and ``]``, shown only in the articles view)."""
        await self.query_one(ArticlesView).step(delta)

    async def action_goto_article(self, delta: int) -> None:
        """Previous or next article from anywhere (the command palette's version)."""
        await self.action_show_view("articles")
        await self.query_one(ArticlesView).step(delta)
