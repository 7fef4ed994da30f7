"""Markdown files read as the text they show, not their markup.

Read-later apps and note-takers save articles as Markdown: a ``# Headline``, ``**bold**`` names,
``[linked](https://…)`` words, ``- list items``, ``> quotations``, images. Read as plain text, the
title kept its ``#``, an image's ``![…](…)`` led the briefing and two list items ran together into
one position. The file is parsed as CommonMark (markdown-it-py, the parser Textual already uses)
and each block becomes a paragraph of plain text: a leading level-1 heading is the title, links
keep their words, emphasis loses its marks, images, code blocks and raw HTML are not the story's
text. The text loader (``brief.ingest.text``) then reads the paragraphs as it reads any text file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from html import unescape
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_TAG = re.compile(r"<[^>]*>")


def is_markdown(name: str) -> bool:
    """A file named as Markdown (``.md``, ``.markdown``); other text files are read as written."""
    return Path(name).suffix.lower() in MARKDOWN_SUFFIXES


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline_text(children: Sequence[Token]) -> str:
    """What an inline run shows a reader: text and code words, a link's words; no images or tags."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def markdown_text(text: str) -> tuple[str, str]:
    """The title (a level-1 heading before any other block, else "") and the text, a paragraph per
    block (a heading, a paragraph, a list item's paragraph, a quotation's, a table's row)."""
    title = ""
    blocks: list[str] = []
    row: list[str] | None = None  # the cells of the table row being read
    heading_title = False  # the inline run read next is the title
    for token in _parser().parse(text):
        kind = token.type
        if kind == "html_block":
            shown = " ".join(unescape(_TAG.sub(" ", token.content)).split())
            if shown:
                blocks.append(shown)
        elif kind == "inline":
            shown = _inline_text(token.children or [])
            if heading_title:
                title, heading_title = shown, False
            elif row is not None:
                row.append(shown)
            elif shown:
                blocks.append(shown)
        elif kind == "heading_open" and token.tag == "h1" and not blocks and not title:
            heading_title = True
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            if any(row):
                blocks.append(" | ".join(cell for cell in row if cell))
            row = None
    return title, "\n\n".join(blocks)
