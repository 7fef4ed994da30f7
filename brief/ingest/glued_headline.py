"""The page's headline run into the story's first paragraph.

Some templates of the 2000s (the Guardian's of 2007, a wire feed's "newsml" box) set the headline in an
element of its own (``<h1>``, ``<div class="newsml-title">``) right before the story's first words with no
block between them that trafilatura reads as one, so the text opens "Storm hits coast Heavy rain closed the
harbour ...": the summary's first line then starts with the headline, and ``brief.ingest.headline_start``,
which looks for the headline on a line of its own, never finds where the story begins. The headline is put
on its own line again when the page's markup shows it whole in one element: a story whose own first words
repeat the headline goes on in the same element, so it is left as it is.
"""

from __future__ import annotations

import re

from brief.ingest.headline_start import HEADLINE_MIN_WORDS
from brief.ingest.stamped_headline import without_stamped_headline

SEARCH_LINES = 20
"""Lines searched for the glued headline: menus, a kicker, a byline and a caption may come first."""
TAG_LOOKBACK = 500
"""Characters read back from a matched text for the tag it stands in (a tag's attributes are shorter)."""
_HEAD_TAGS = frozenset({"title", "meta", "script", "style", "head"})
_STORY_START = re.compile(r"\s+(?=[A-Z0-9“\"‘'])")
"""What follows the headline in a glued line: a space, then a sentence's first character."""


_OPEN_TAG = re.compile(r"<(\w+)[^<>]*$")
"""The tag a text follows, read back from where the text starts."""


def _alone_in_markup(headline: str, html: str) -> bool:
    """Whether the page shows the headline as one element's whole text ("<h1>Storm hits coast</h1>"); the
    <title> and other elements of the head do not count: the page's headline there is no place in its text."""
    words = headline.split()
    pattern = re.compile(r">\s*" + r"(?:\s|&nbsp;)+".join(map(re.escape, words)) + r"\s*</")
    for match in pattern.finditer(html):
        tag = _OPEN_TAG.search(html, max(0, match.start() - TAG_LOOKBACK), match.start())
        if tag and tag.group(1).lower() not in _HEAD_TAGS:
            return True
    return False


def with_glued_headline_apart(lines: list[str], headlines: list[str], html: str) -> list[str]:
    """``lines`` with the first line that opens with a headline the markup sets apart cut in two:
    the headline, then the story it was glued to."""
    shapes = [h for h in dict.fromkeys(headlines) if len(h.split()) >= HEADLINE_MIN_WORDS]
    for n, line in enumerate(lines[:SEARCH_LINES]):
        for headline in shapes:
            if not line.startswith(headline):
                continue
            gap = _STORY_START.match(line, len(headline))
            if without_stamped_headline(line, [headline]) != line:
                return lines  # "Headline POSTED: 11:54 pm ...": cut with its stamp (brief.ingest.stamped_headline)
            if gap and _alone_in_markup(headline, html):
                return [*lines[:n], headline, line[gap.end():], *lines[n + 1:]]
    return lines
