"""A metered page's free opening, set in a "teaser" block, read as the story it is.

A paywalled site shows every reader the story's first paragraphs and marks that block for its meter
(``<div class="teaser-content">`` around the lead, the rest of the story after it, its paragraphs set
alike). trafilatura drops any element whose class or id says "teaser" (its TEASER_DISCARD_XPATH: other
stories' teasers), so the story lost its second paragraph, or its lede. A teaser block is the story's
own opening when its paragraphs are set exactly as the story's paragraphs after it (the same class) and
are not links: its "teaser" mark is taken off before extraction. Other stories' teasers are set as cards
and lists, not as the story's paragraphs.
"""

from __future__ import annotations

from typing import Any

MIN_FOLLOWING_WORDS = 40
"""Words the paragraphs set alike after the block need: a story's body, not a sidebar's line or two."""
MAX_LINKED_SHARE = 0.5
"""Share of the block's words that may be links' texts: more is a list of other stories."""


def _teaser(element: Any) -> bool:
    return any("teaser" in (element.get(attr) or "").lower() for attr in ("class", "id"))


def _words(text: str) -> int:
    return len(text.split())


def unmark_story_teasers(tree: Any) -> None:
    """Take the "teaser" mark off each block of ``tree`` (lxml) that holds the story's opening paragraphs."""
    blocks = [e for e in tree.iter("div", "section", "span", "p") if _teaser(e)]
    if not blocks:
        return
    paragraphs = list(tree.iter("p"))
    for block in blocks:
        inside = [p for p in block.iter("p") if p.get("class")]
        if not inside:
            continue
        classes = {p.get("class") for p in inside}
        last = inside[-1]
        position = paragraphs.index(last) if last in paragraphs else -1
        following = [p for p in paragraphs[position + 1:] if p.get("class") in classes and block not in p.iterancestors()]
        if sum(_words(p.text_content()) for p in following) < MIN_FOLLOWING_WORDS:
            continue
        words = _words(block.text_content())
        linked = sum(_words(a.text_content()) for a in block.iter("a"))
        if not words or linked > MAX_LINKED_SHARE * words:
            continue
        for attr in ("class", "id"):
            value = block.get(attr)
            if value and "teaser" in value.lower():
                block.set(attr, " ".join(part for part in value.split() if "teaser" not in part.lower()))
