"""A paragraph the page's source hard-wrapped, which the extractor cut into lines at each break.

Pages saved from a word processor (``<p class="MsoNormal">``) or laid out in tables often wrap a
paragraph's text over several source lines. A browser shows those breaks as spaces, but trafilatura
sometimes keeps them, and brief reads each piece as a paragraph of its own: '"Our customers ...
should' / 'be able to ...,' / 'said Jane Roe, chairwoman,' / 'chief executive of Acme.' Each piece
is then too short or too odd to be a sentence (the quotation and its speaker are lost), or a heading.

Two lines the extractor gives one after the other are one paragraph when the page's source has the
end of the first and the start of the second in one run of text, parted only by a line break and
spaces: no tag between them (a ``<br>``, a ``</p><p>`` is a real break). Text inside ``<pre>``
keeps its breaks (verse, an address, a listing).
"""

from __future__ import annotations

import html as entities
import re
from collections.abc import Callable
from typing import Any

EDGE_WORDS = 3
"""Words of each line's edge looked for around a source line break: enough that two lines meeting
by chance elsewhere on the page (a word ending one line, a word starting another) are not taken
for one run of text; a line shorter than this is looked for whole."""

_BREAK = re.compile(r"([^\s<>]+)[ \t]*\r?\n[ \t]*(?=([^\s<>]+))")
_HIDDEN = re.compile(r"<(pre|script|style|textarea|noscript)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^<>]*>")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def _source_text(html: str) -> str:
    """The page's shown text as its source lays it out: entities decoded, each tag a "<>" no break
    is looked for across, and what is not shown as running text (scripts, styles, comments, and
    ``<pre>``, whose breaks are real) blanked. A script's copy of the story (JSON's "articleBody")
    keeps its paragraphs' breaks as bare line breaks: it must not say where the page's lines join."""
    return entities.unescape(_INVISIBLE.sub("", _TAG.sub("<>", _HIDDEN.sub(" <> ", html))))


def _run_over_break(first: str, second: str, source: str, breaks: set[tuple[str, str]]) -> bool:
    """Whether ``first``'s last words and ``second``'s first words stand in ``source`` parted by one
    source line break and spaces alone, no blank line (``EDGE_WORDS``); ``breaks`` holds the words met at each
    break, to look further only where they meet."""
    tail, head = first.split()[-EDGE_WORDS:], second.split()[:EDGE_WORDS]
    if not tail or not head or (tail[-1], head[0]) not in breaks:
        return False
    pattern = r"\s+".join(map(re.escape, tail)) + r"[ \t]*\r?\n[ \t]*" + r"\s+".join(map(re.escape, head))
    return re.search(pattern, source) is not None


def _paragraph_texts(html: str, clean: Callable[[str], str]) -> list[str]:
    """The text of each ``<p>`` of the page, cleaned as the extracted lines are."""
    from trafilatura.utils import load_html  # the extractor's parser, installed with it

    try:
        tree: Any = load_html(html)
    except (TypeError, ValueError):
        return []
    return [] if tree is None else [clean(p.text_content()) for p in tree.iter("p")]


def with_wrapped_lines_joined(html: str, lines: list[str], clean: Callable[[str], str]) -> list[str]:
    """``lines`` with each run of lines that is one source paragraph, hard-wrapped, made one line: two
    lines run on over a source line break (``_run_over_break``) inside the text of one ``<p>`` of the
    page. A page may also hold a script-free copy of its story with its paragraphs parted by bare line
    breaks (a hidden ``itemprop="articleBody"`` block): no ``<p>`` holds two of those as one."""
    if len(lines) < 2:
        return lines
    source = _source_text(html)
    breaks = set(_BREAK.findall(source))
    runs = [n for n in range(1, len(lines)) if _run_over_break(lines[n - 1], lines[n], source, breaks)]
    if not runs:
        return lines
    paragraphs = _paragraph_texts(html, clean)
    joined = {n for n in runs if any(f"{lines[n - 1]} {lines[n]}" in p for p in paragraphs)}
    out = [lines[0]]
    for n in range(1, len(lines)):
        if n in joined:
            out[-1] += " " + lines[n]
        else:
            out.append(lines[n])
    return out
