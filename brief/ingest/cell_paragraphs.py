"""A story's paragraphs inside one table cell, which the extractor reads as one line.

Pages laid out in tables (common up to the late 2000s) put the whole story in a ``<td>``, one
``<p>`` a paragraph. trafilatura reads a table cell as one run of text, so the story comes out as
one paragraph: a quotation that runs on over paragraphs ('said: "A.' / '"B.' / '"C."') then never
closes where the page closes it, every quote mark after it pairs with the wrong one, and the
readers that go by paragraphs (a quotation going on with no cue of its own) find none. The page's
own ``<p>`` elements say where the line breaks: it is cut where one of them begins and ends, and
nowhere else; its words are unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

LONG_LINE = 600
"""A line this long may be several paragraphs run together; shorter lines are left alone (most
pages' paragraphs, and no need to parse the page again for them)."""

MIN_PARAGRAPH_CHARS = 40
"""A page's paragraph is looked for in a long line only if it is this long: a short one ("More",
a name, a date) may be words of a sentence, and cutting there would break the sentence."""


def _paragraph_texts(html: str, clean: Callable[[str], str]) -> list[str]:
    """The text of each ``<p>`` of the page, in page order, as the extracted lines are cleaned."""
    from trafilatura.utils import load_html

    try:
        tree: Any = load_html(html)
    except (TypeError, ValueError):
        return []
    if tree is None:
        return []
    texts = (clean(p.text_content()) for p in tree.iter("p"))
    return [t for t in texts if len(t) >= MIN_PARAGRAPH_CHARS]


def _cuts(line: str, paragraphs: list[str]) -> list[int]:
    """Where the page's paragraphs begin and end inside ``line``, in order, at word edges."""
    cuts: list[int] = []
    at = 0
    for paragraph in paragraphs:
        found = line.find(paragraph, at)
        if found < 0:
            continue
        end = found + len(paragraph)
        if (found and line[found - 1] != " ") or (end < len(line) and line[end] != " "):
            continue  # inside a word: another text that happens to hold it
        cuts += [found, end]
        at = end
    return sorted({c for c in cuts if 0 < c < len(line)})


def cell_paragraphs(html: str, lines: list[str], clean: Callable[[str], str]) -> list[str]:
    """``lines`` with each long one cut into the page's paragraphs it runs together."""
    if not any(len(line) >= LONG_LINE for line in lines):
        return lines
    paragraphs = _paragraph_texts(html, clean)
    out: list[str] = []
    for line in lines:
        cuts = _cuts(line, paragraphs) if len(line) >= LONG_LINE else []
        edges = [0, *cuts, len(line)]
        parts = [line[a:b].strip() for a, b in zip(edges, edges[1:], strict=False)]
        out += [p for p in parts if p]
    return out
