"""A story's paragraphs inside one table cell, which the extractor reads as one line.

Pages laid out in tables (common up to the late 2000s) put the whole story in a ``<td>``, one
``<p>`` a paragraph. trafilatura reads a table cell as one run of text, so the story comes out as
one paragraph: a quotation that runs on over paragraphs ('said: "A.' / '"B.' / '"C."') then never
closes where the page closes it, every quote mark after it pairs with the wrong one, and the
readers that go by paragraphs (a quotation going on with no cue of its own) find none. The page's
own ``<p>`` elements say where the line breaks: it is cut where one of them begins and ends, and
nowhere else; its words are unchanged. Other pages part a cell's paragraphs with marks instead of
elements: two ``<br>`` in a row, an empty ``<p></p>``, a ``</p>`` never opened. Each part of a long
line is then cut the same way at the runs of text those marks part (``_marked_texts``), short parts
too: a cell shown to run paragraphs together runs its lead's together as well.
"""

from __future__ import annotations

import html as entities
import re
from collections.abc import Callable
from typing import Any

LONG_LINE = 600
"""A line this long may be several paragraphs run together; shorter lines are left alone (most
pages' paragraphs, and no need to parse the page again for them)."""

MIN_PARAGRAPH_CHARS = 40
"""A page's paragraph is looked for in a long line only if it is this long: a short one ("More",
a name, a date) may be words of a sentence, and cutting there would break the sentence."""


Run = tuple[str, bool, bool]
"""A run of the page's text, and whether a paragraph starts where it does and ends where it does."""


def _paragraph_texts(html: str, clean: Callable[[str], str]) -> list[Run]:
    """The text of each ``<p>`` of the page, in page order, as the extracted lines are cleaned."""
    from trafilatura.utils import load_html

    try:
        tree: Any = load_html(html)
    except (TypeError, ValueError):
        return []
    if tree is None:
        return []
    texts = (clean(p.text_content()) for p in tree.iter("p"))
    return [(t, True, True) for t in texts if len(t) >= MIN_PARAGRAPH_CHARS]


def _edge(line: str, at: int) -> bool:
    """Whether ``at`` is a word's edge in ``line``: a space, or a sentence's end glued to the next
    paragraph's capital ("… Science Congress.With an advanced …": a "</p>" the extractor read as nothing)."""
    if at in (0, len(line)) or " " in line[at - 1 : at + 1]:
        return True
    return line[at - 1] in _SENTENCE_END and not line[at].islower() and not line[at].isdigit()


_SENTENCE_END = frozenset(".!?\"”’'")


def _cuts(line: str, paragraphs: list[Run]) -> list[int]:
    """Where the page's paragraphs begin and end inside ``line``, in order, at word edges."""
    cuts: list[int] = []
    at = 0
    for paragraph, starts, ends in paragraphs:
        found = line.find(paragraph, at)
        if found < 0:
            continue
        end = found + len(paragraph)
        if not (_edge(line, found) and _edge(line, end)):
            continue  # inside a word: another text that happens to hold it
        cuts += [found] * starts + [end] * ends
        at = end
    return sorted({c for c in cuts if 0 < c < len(line)})


# what parts a page's text into runs: two <br> in a row (spaces and &nbsp; between), one after a
# sentence's end ("… the SEZs.<BR>Both the …": a lone <br> elsewhere breaks a line, an address's, a
# verse's), a <p> or a </p>
# (an empty "<p></p>" between paragraphs, a "</p>" never opened); the runs are also parted at a block
# element's tag, but a line is not cut there (an advert's <div> inside a paragraph parts no paragraph)
_PARAGRAPH_MARK = r"(?:\s*<br\b[^>]*>(?:\s|&nbsp;)*){2,}|(?<=[.!?\"”’'])\s*<br\b[^>]*>|</?p\b[^>]*>"
_MARK = re.compile(
    rf"({_PARAGRAPH_MARK}|</?(?:div|td|th|tr|table|tbody|li|ul|ol|dl|dt|dd|blockquote|h[1-6]|pre|form|center)\b[^>]*>)",
    re.I)
_PARAGRAPH = re.compile(r"\s*<br\b|</?p\b", re.I)  # which of _MARK's marks is a paragraph's
_DROPPED = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_ONE_BREAK = re.compile(r"<br\b[^>]*>", re.I)


def _marked_texts(html: str, clean: Callable[[str], str]) -> list[Run]:
    """The text of each run the page's marks part (``_MARK``), in page order, as lines are cleaned (a
    lone <br> is a space, other tags, links and bold, nothing, as the extractor reads them), and
    whether a paragraph's mark stands before it and after it."""
    parts = _MARK.split(_DROPPED.sub(" ", html))  # text, mark, text, mark, ..., text
    runs: list[Run] = []
    for n in range(0, len(parts), 2):
        text = clean(entities.unescape(re.sub(r"<[^>]*>", "", _ONE_BREAK.sub(" ", parts[n]))))
        if len(text) >= MIN_PARAGRAPH_CHARS:
            before = n > 0 and bool(_PARAGRAPH.match(parts[n - 1]))
            after = n + 1 < len(parts) and bool(_PARAGRAPH.match(parts[n + 1]))
            runs.append((text, before, after))
    return runs


def _cut(line: str, paragraphs: list[Run]) -> list[str]:
    """``line`` cut where the page's paragraphs begin and end in it."""
    edges = [0, *_cuts(line, paragraphs), len(line)]
    return [part for part in (line[a:b].strip() for a, b in zip(edges, edges[1:], strict=False)) if part]


def cell_paragraphs(html: str, lines: list[str], clean: Callable[[str], str]) -> list[str]:
    """``lines`` with each long one cut into the page's paragraphs it runs together, at the ``<p>``
    elements and then at the marks (see the module)."""
    if not any(len(line) >= LONG_LINE for line in lines):
        return lines
    paragraphs, marked = _paragraph_texts(html, clean), _marked_texts(html, clean)
    out: list[str] = []
    for line in lines:
        if len(line) < LONG_LINE:
            out.append(line)
        else:
            out += [piece for part in _cut(line, paragraphs) for piece in _cut(part, marked)]
    return out
