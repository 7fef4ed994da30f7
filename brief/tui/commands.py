"""The command palette's commands: the same actions as the keys, found by name."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from brief.summarize import registry

COMMANDS: Sequence[tuple[str, str, str]] = (
    ("Show the briefing", "view 1: the merged briefing with citations (key 1)", "show_view('briefing')"),
    ("Show the articles", "view 2: summaries and full texts (key 2)", "show_view('articles')"),
    ("Show the actors", "view 3: actors and their positions (key 3)", "show_view('actors')"),
    ("Longer briefing", "one sentence more in the briefing (key + in view 1)", "briefing_length(1)"),
    ("Shorter briefing", "one sentence fewer in the briefing (key - in view 1)", "briefing_length(-1)"),
    ("Longer summaries", "one more sentence per article summary (key + in views 2 and 3)", "summary_length(1)"),
    ("Shorter summaries", "one sentence fewer per article summary (key - in views 2 and 3)", "summary_length(-1)"),
    ("Choose the summary method", "every method with its description (key m)", "choose_method"),
    ("Search the articles", "find text across all articles (key /)", "search"),
    ("Next search hit", "key n", "next_hit"),
    ("Previous search hit", "key N", "previous_hit"),
    ("Next article", "in the articles view, from any view (key ])", "goto_article(1)"),
    ("Previous article", "in the articles view, from any view (key [)", "goto_article(-1)"),
    ("Export the briefing as Markdown", "briefing, actors and summaries to a file (key e)", "export"),
    ("Show the keys", "every key the reader answers to (key ?)", "help"),
    ("Quit", "leave the reader (key q)", "quit"),
) + tuple(
    (f"Summary method: {name}", registry.DESCRIPTIONS[name], f"set_method('{name}')") for name in registry.METHODS
)
"""``(title, help, action)`` for every command; actions run on the app."""

STORY_COMMANDS: Sequence[tuple[str, str, str]] = (
    ("Show the stories", "the list of stories; enter reads one (key s)", "show_stories"),
)
"""Offered only when the input holds several stories."""


def available(app: object) -> Sequence[tuple[str, str, str]]:
    """The commands for ``app`` as it is: the story commands only when it has several stories."""
    return (*STORY_COMMANDS, *COMMANDS) if getattr(app, "several_stories", False) else COMMANDS


class BriefCommands(Provider):
    """Offers ``COMMANDS`` in the palette: all of them on opening, fuzzy-matched as one types."""

    async def discover(self) -> Hits:
        """Every command, before anything is typed."""
        for title, help_text, action in available(self.app):
            yield DiscoveryHit(title, partial(self.app.run_action, action), help=escape(help_text))

    async def search(self, query: str) -> Hits:
        """The commands whose title matches ``query``."""
        matcher = self.matcher(query)
        for title, help_text, action in available(self.app):
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self.app.run_action, action), text=title,
                          help=escape(help_text))
