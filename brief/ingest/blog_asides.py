"""A blog's own asides on the story it quotes, each set as a paragraph in triple parentheses.

Blogs that repost a wire story interleave their commentary with it, each remark a paragraph of its own
wrapped in "(((" and ")))": "(((And this is bad because?)))", "(((Look at the couple arriving here. This is
the press-frenzy equivalent of a neutron bomb.)))". The remark is the blogger's quip, or link text to a
picture, never the story's news: read as a sentence it opened the article's summary and the briefing.
No story's prose is written so (a quotation's brackets are single, a parenthesis inside a sentence
closes within it), so the whole paragraph is furniture (``brief.ingest.furniture.is_boilerplate``):
kept in the text, out of its sentences.
"""

from __future__ import annotations

import re

_ASIDE = re.compile(r"^\s*\({3}[^()]*(?:\([^()]*\)[^()]*)*\){3}[\s.!?]*$")
"""A paragraph opened by three opening brackets and closed by three closing ones, with only single,
closed parentheses between them ("(((… (for the following year) …)))")."""


def is_blog_aside(paragraph: str) -> bool:
    """Whether the whole paragraph is a blog's aside in triple parentheses."""
    return paragraph.lstrip().startswith("(((") and _ASIDE.match(paragraph) is not None
