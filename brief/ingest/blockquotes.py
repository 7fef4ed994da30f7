"""A block quotation announced by the paragraph before it ("Communities Minister Rachel Osei said:"), set
in quotation marks, as print would set it.

Government and company press releases put a spokesperson's words in a <blockquote> after "X said:" and
let the block's indent stand for the marks; the text extraction keeps the words but drops the indent,
leaving an unquoted paragraph after a cue with nothing said. Marks put round the block make them the
quotation they are on the page. A block that already holds a quotation mark, one not announced by a colon
(a pull quote repeating the story's words) and an embedded post (a tweet) are left as they are.
"""

from __future__ import annotations

import re
from typing import Any

_MARKS = re.compile(r"[\"“”«»„‘]|''")
"""Quotation marks, double apostrophes and an opening single mark among them: a block holding a quotation of its
own is a document quoted whole (an old report, its sources' words inside), whose marks are its own."""
_EMBED = re.compile(r"twitter|tweet|instagram|tiktok|facebook|embed|pull|social", re.I)


def _announced(block: Any) -> bool:
    """Whether the element right before the block is a paragraph of text ending with a colon."""
    before = block.getprevious()
    return before is not None and before.tag == "p" and " ".join(before.text_content().split()).endswith(":")


def quote_announced_blocks(tree: Any) -> None:
    """Put quotation marks round each <blockquote> a colon announces (see the module's docstring): an opening
    mark before each of its paragraphs, a closing one after the last, as a quotation over paragraphs is set."""
    for block in list(tree.iter("blockquote")):
        if _EMBED.search(block.get("class", "") or "") or _MARKS.search(block.text_content()) or not _announced(block):
            continue
        paragraphs = [p for p in block.iter("p") if p.text_content().strip()] or [block]
        for paragraph in paragraphs:
            paragraph.text = "“" + (paragraph.text or "").lstrip()
        last = paragraphs[-1]
        if len(last):
            last[-1].tail = (last[-1].tail or "").rstrip() + "”"
        else:
            last.text = (last.text or "").rstrip() + "”"
