"""What the reader's parts may use of the app: its state and the steps they share.

The reader is one Textual app whose actions are kept in a few mixins, one job each (keys, lengths,
moving between views, search, export). At run time they are plain classes mixed into ``BriefApp``;
for the type checker they derive from ``Host``, which states the app's state and shared steps once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from abc import abstractmethod

    from textual.app import App

    from brief.model import Report
    from brief.pipeline import Options
    from brief.tui.search import Search
    from brief.tui.stories import StoriesView

    class Host(App[None]):
        """The app as its mixins see it (``BriefApp`` is the one implementation)."""

        options: Options | None
        report: Report | None
        method: str
        count: int
        generation: int
        briefing_generation: int
        search: Search | None
        story: int | None
        listing: bool

        @property
        @abstractmethod
        def several_stories(self) -> bool: ...

        @abstractmethod
        def shown(self) -> Report: ...

        @abstractmethod
        def _show_status(self, busy: bool) -> None: ...

        @abstractmethod
        async def _fill_views(self) -> None: ...

        @abstractmethod
        def _focus_view(self, view: str) -> None: ...

        @abstractmethod
        def _focus_current(self) -> None: ...

        @abstractmethod
        async def _stories_view(self) -> StoriesView: ...

        @abstractmethod
        async def _open_story(self, story: int, view: str, focus: bool = True) -> None: ...

else:
    Host = object
