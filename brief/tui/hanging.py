"""A list item whose wrapped lines start under its text, not under its bullet or number."""

from __future__ import annotations

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


class Stacked(Visual):
    """Visuals one below the other, each on its own lines (a legend of hanging items)."""

    def __init__(self, parts: list[Content | Hanging]) -> None:
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
