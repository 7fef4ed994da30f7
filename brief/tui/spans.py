"""Article text made safe and styled for widgets, without ever parsing it as markup.

Highlights, jumps and search hits are character offsets into ``Article.text``. Removing a control
character would shift every offset after it, so the reader first replaces each unsafe character
with one visible placeholder (same length), then passes the result through ``terminal_safe`` as
the printer does. Offsets into the original text therefore index the shown text too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.cells import cell_len, get_character_cell_size
from textual.content import Content

from brief.model import SentenceRef
from brief.render.safe import one_line, terminal_safe

PLACEHOLDER = "\ufffd"
"""Shown in place of a control, escape or invisible character (one for one, so offsets hold)."""

SOURCE_COLOURS: tuple[str, ...] = (
    "#3b82f6",  # blue
    "#d97706",  # amber
    "#16a34a",  # green
    "#db2777",  # pink
    "#0891b2",  # cyan
    "#9333ea",  # purple
    "#dc2626",  # red
    "#65a30d",  # lime
)
"""Mid-tone colours that read on both the dark and the light theme; article ids cycle through them."""


def _safe_char(char: str) -> str:
    if char == "\t":
        return " "
    return char if terminal_safe(char) == char else PLACEHOLDER


def shown(text: str) -> str:
    """``text`` safe for a terminal, with exactly one character for each character of ``text``."""
    if text.isprintable():
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if not line.isprintable():
            lines[n] = "".join(c if c.isprintable() else _safe_char(c) for c in line)
    result = "\n".join(lines)
    safe = terminal_safe(result)
    # Defence in depth: if the printer's rules ever grow past ours, prefer safety to offsets.
    return safe if len(safe) == len(result) else terminal_safe(safe)


def line(text: str) -> str:
    """A title, source or path on one line, safe: for legends, tables and headings."""
    return one_line(text)


MIN_CLIP_SHARE = 0.5
"""A clipped cell ends at a space when that keeps at least this share of its width; else (one long
word, a name) it is cut inside the word, as a table cell must end somewhere."""


def clip(text: str, width: int) -> str:
    """``text`` in ``width`` terminal cells, "…" in place of the rest, cut between words: table
    cells read "opposition partie…" and "former Ma…" at 80 columns. Cells, not characters: a
    Japanese or Chinese character takes two, and a title counted in characters overflowed its
    column and pushed the next ones out of line."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return "…"[:width]
    used = cut = 0
    while cut < len(text) and used + get_character_cell_size(text[cut]) <= width - 1:
        used += get_character_cell_size(text[cut])
        cut += 1
    head = text[:cut]
    if text[cut] != " ":
        space = head.rfind(" ")
        if space >= 0 and cell_len(head[:space]) >= width * MIN_CLIP_SHARE:
            head = head[:space]
    return head.rstrip(" ,;:–—-") + "…"


def source_style(article: int) -> str:
    """The style of an article's citation marks and legend number."""
    return f"bold {SOURCE_COLOURS[(article - 1) % len(SOURCE_COLOURS)]}"


def citation(article: int) -> Content:
    """``[n]`` in the article's colour."""
    return Content.styled(f"[{article}]", source_style(article))


def citations(sources: Iterable[SentenceRef]) -> Content:
    """``[1][3][22]``: each article once, in order (a list in the sources' own order read as noise:
    ``[7][36][22][3]``), each in its colour."""
    ids = sorted({ref.article for ref in sources})
    return Content.assemble(*(citation(i) for i in ids))


def styled(text: str, spans: Sequence[tuple[int, int, str]], offset: int = 0) -> Content:
    """``text`` (already shown-safe) as Content with ``(start, end, style)`` spans shifted by ``offset``.

    Spans are clipped to the text; styles may name component classes (``.body--summary``), which
    the widget's ancestors resolve from the stylesheet so highlights follow the theme.
    """
    content = Content(text, strip_control_codes=False)
    length = len(text)
    for start, end, style in spans:
        start, end = max(0, start - offset), min(length, end - offset)
        if start < end:
            content = content.stylize(style, start, end)
    return content
