"""The reader's keys: what each does, which are live at the moment, and the help screen listing them."""

from __future__ import annotations

from textual.binding import Binding, BindingType
from textual.widgets import Input, TabbedContent

from brief.tui.help import HelpScreen, binding_rows
from brief.tui.host import Host

BINDINGS: list[BindingType] = [
    # Only with several stories. "List", not "Stories": at 80 columns the footer then keeps q Quit.
    Binding("s", "show_stories", "List"),
    # Esc is the way back everywhere else (dialogs, the search bar, which keeps it while open): in a
    # story a new user pressed it to return to the list, and nothing happened.
    Binding("escape", "show_stories", show=False),
    # The tabs show "1 Briefing  2 Articles  3 Actors", so the footer leaves them out: at 80
    # columns it then holds every other key with a space between key and label (issue 13).
    Binding("1", "show_view('briefing')", "Briefing", show=False),
    Binding("2", "show_view('articles')", "Articles", show=False),
    Binding("3", "show_view('actors')", "Actors", show=False),
    # Keys of the moment first, so a narrow footer never cuts them: they appear only in the
    # articles view and while there is a search.
    Binding("left_square_bracket", "step_article(-1)", "Previous article", key_display="[",
            group=Binding.Group("Article")),
    Binding("right_square_bracket", "step_article(1)", "Next article", key_display="]",
            group=Binding.Group("Article")),
    # Out of the articles view (footer room is for the keys of the moment), [ and ] open it and step.
    Binding("left_square_bracket", "goto_article(-1)", show=False),
    Binding("right_square_bracket", "goto_article(1)", show=False),
    Binding("n", "next_hit", "Next hit", group=Binding.Group("Hit")),
    Binding("N", "previous_hit", "Previous hit", group=Binding.Group("Hit")),
    Binding("plus", "longer", "One sentence more (view 1: the briefing; else each summary)", key_display="+",
            group=Binding.Group("Length")),
    Binding("minus", "shorter", "One sentence fewer (view 1: the briefing; else each summary)",
            key_display="-", group=Binding.Group("Length")),
    Binding("equals_sign", "longer", show=False),
    Binding("m", "choose_method", "Method"),
    # Priority: "/" acts when it arrives, before the keys typed after it are routed (Textual
    # routes a burst of keys to the widget focused on arrival: "/Blinken" typed fast lost the query).
    Binding("slash", "search", "Search", key_display="/", priority=True),
    Binding("e", "export", "Export"),
    Binding("question_mark", "help", "Keys", key_display="?"),
    Binding("q", "quit", "Quit"),
]
"""Every key of the reader (the app's BINDINGS)."""

NEEDS_REPORT = frozenset({"longer", "shorter", "summary_length", "briefing_length", "choose_method", "search",
                          "export", "set_method"})
"""Actions shown dimmed until there is a report to act on."""


class Keys(Host):
    """The help screen, and which keys are live, dimmed or hidden as the reader stands."""

    def action_help(self) -> None:
        """Show every key."""
        bindings = [b for b in Binding.make_bindings(BINDINGS)
                    if self.several_stories or b.action != "show_stories"]
        sections = [
            ("Everywhere", binding_rows(bindings)),
            ("Search bar", [("enter", "search; again for the next hit"), ("esc", "close (hits stay marked)")]),
        ]
        if self.several_stories:
            sections.append(("Stories list", [
                ("enter", "read the story: its briefing, articles and actors"),
                ("s  esc", "back to the list from a story"),
                ("1 2 3", "read the story under the cursor in that view"),
                ("/", "search every story's titles and texts; a hit opens its story"),
                ("+ - [ ]", "work in a story (lengths, articles); here they say so"),
                ("e", "export every story; in a story, e exports that story"),
            ]))
        self.push_screen(HelpScreen(sections))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Dim what needs a report until there is one; hide the hit keys until there is a search."""
        if action in ("next_hit", "previous_hit"):
            return bool(self.search and self.search.hits)
        if action == "step_article":
            return (self.report is not None and not self.listing
                    and self.query_one(TabbedContent).active == "articles")
        if action == "goto_article":
            return self.report is not None and not self.listing
        if action == "show_stories":
            return self.several_stories and not self.listing
        if action == "search" and (isinstance(self.focused, Input) or len(self.screen_stack) > 1):
            return False  # a "/" typed into a field or a dialog is text
        if action in NEEDS_REPORT:
            return None if self.report is None else True
        return True
