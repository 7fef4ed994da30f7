"""List items whose wrapped lines start under their text, and a line cut to fit rather than wrapped."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len, set_cell_size
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """``marker`` (``• `` or ``[3] ``) then ``body``, each line of the body after the first indented
    by the marker's width: at 80 columns the briefing's sentences went on at the bullet's column,
    and one item ran into the next."""

    def __init__(self, marker: Content, body: Content) -> None:
        self.marker = marker
        self.body = body

    @property
    def plain(self) -> str:
        """The item's text on one line, marker first (what a search or a test reads)."""
        return self.marker.plain + self.body.plain

    def __str__(self) -> str:
        return self.plain

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.marker.cell_length + self.body.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.body.get_height(rules, max(1, width - self.marker.cell_length))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        indent = self.marker.cell_length
        if width <= indent:
            return (self.marker + self.body).render_strips(width, height, style, options)
        lines = self.body.render_strips(width - indent, height, style, options)
        marker = self.marker.render_strips(indent, 1, style, options)[0]
        blank = Strip.blank(indent, style.rich_style)
        return [Strip.join([marker if n == 0 else blank, line]) for n, line in enumerate(lines)]


MIN_TAIL = 16
"""Fewer columns than this for a shortened path show too little of its file name to be worth it."""


class OneLine(Visual):
    """``head`` then `` · `` and ``tail`` (a path or an address) on exactly one line, the tail cut at
    its start ("…/dev/page.html") to fit: at 80 columns "source · date ·" wrapped with the path on the
    next lines, a dangling "·" at a line's end, and the pane had no room left for the summary."""

    def __init__(self, head: str, tail: str, style: str = "") -> None:
        self.head = head
        self.tail = tail
        self.style = style

    @property
    def plain(self) -> str:
        """The whole line, uncut (what a test reads)."""
        return " · ".join(x for x in (self.head, self.tail) if x)

    def __str__(self) -> str:
        return self.plain

    def fitted(self, width: int) -> str:
        """The line as shown in ``width`` columns."""
        if cell_len(self.plain) <= width:
            return self.plain
        head = f"{self.head} · " if self.head else ""
        room = width - cell_len(head)
        if self.tail and room >= MIN_TAIL:
            return head + "…" + _last_cells(self.tail, room - 1)
        return set_cell_size(self.plain, max(0, width - 1)) + "…" if width > 0 else ""

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return cell_len(self.plain)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return Content.styled(self.fitted(width), self.style).render_strips(width, 1, style, options)[:1]


def _last_cells(text: str, cells: int) -> str:
    """The end of ``text`` that fits in ``cells`` columns."""
    out = ""
    for char in reversed(text):
        if cell_len(char + out) > cells:
            break
        out = char + out
    return out


class Stacked(Visual):
    """Visuals one below the other, each on its own lines (a legend of hanging items)."""

    def __init__(self, parts: Sequence[Content | Hanging | OneLine]) -> None:
        self.parts = parts

    def __str__(self) -> str:
        return "\n".join(part.plain for part in self.parts)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((part.get_optimal_width(rules, container_width) for part in self.parts), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(part.get_height(rules, width) for part in self.parts)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        strips = [strip for part in self.parts for strip in part.render_strips(width, None, style, options)]
        return strips if height is None else strips[:height]
