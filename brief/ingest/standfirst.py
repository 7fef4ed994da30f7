"""The standfirst: the sentence or two a page sets between its headline and its story.

Sites mark it as a "dek", "strapline", "summary" or "subtitle" and trafilatura leaves it out of the
text on many of them (43 of the 319 read pages: RT, the Telegraph, Wired, the Atlantic, PC Gamer ...),
though it is often the page's own statement of the news ("Three people have died during protests in
Bolivia against the self-declared 'interim' government that ousted Evo Morales, ..."), and the only
place the story names its subject. It is found by what marks it on every site rather than by class
names: the page's description of itself in its metadata (og:description, description,
twitter:description) shown whole as an element of its own, before the story's first paragraph.
"""

from __future__ import annotations

import re
from typing import Any

MIN_WORDS = 8
"""Fewer words: a kicker, a label or a section's motto ("Europa's plumes are real"), no statement to read."""

MAX_CHARS = 600
"""Longer: a paragraph of the story shown as its description, or a page-wide blurb, not a standfirst."""

FIRST_PARAGRAPH_WORDS = 12
"""The story's first paragraph, for the standfirst's place: its first line of this many words or more (a
date line, a byline or a kicker before it may stand either side of the standfirst)."""

_OUTSIDE = frozenset({"a", "button", "figcaption", "figure", "noscript", "template", "nav", "footer", "aside",
                      "blockquote", "li", "option", "title", "head", "script", "style"})
"""An element inside one of these is a link, a caption, a quoted or listed thing or hidden: not the page's
standfirst even when it repeats the description (a teaser for this story on another story's card)."""

_CUT = re.compile(r"(?:\.\.\.|…)\s*$")
"""A description cut short ("One day in July 2001, Larry Page decided to..."): a teaser, not a sentence."""


def _norm(text: str) -> str:
    return " ".join(text.split())


def standfirst(tree: Any, descriptions: list[str], text: str) -> str:
    """The page's standfirst, or "" when it shows none that its extracted ``text`` lacks.

    ``tree`` is the page's parsed (and pruned) HTML, ``descriptions`` its self-descriptions from its
    metadata, ``text`` the extracted text (paragraphs one a line). A description qualifies when it is a
    statement of some length, not cut short, not already in the text, and shown whole as an element of
    the page outside links, captions, lists and page furniture, before the story's first paragraph."""
    body = _norm(text)
    first = next((_norm(line) for line in text.split("\n") if len(line.split()) >= FIRST_PARAGRAPH_WORDS), "")
    for description in dict.fromkeys(_norm(d) for d in descriptions):
        if (len(description.split()) < MIN_WORDS or len(description) > MAX_CHARS or _CUT.search(description)
                or description[:60] in body):
            continue
        if _shown(tree, description, first[:60]):
            return description
    return ""


def _shown(tree: Any, description: str, first: str) -> bool:
    """Whether an element of ``tree`` holds exactly ``description`` as its text, outside ``_OUTSIDE``,
    before the element that opens the story's first paragraph (``first``, its opening words)."""
    opening = description.split()[0]
    from lxml.etree import Element  # type: ignore[import-untyped]  # trafilatura's parser, installed with it

    for element in tree.iter(Element):
        own = (element.text or "").strip()
        if first and element.tag == "p" and _norm(element.text_content()).startswith(first):
            return False  # the story began before any element showed the description
        if (own.startswith(opening) and _norm(element.text_content()) == description
                and element.tag not in _OUTSIDE and not any(a.tag in _OUTSIDE for a in element.iterancestors())):
            return True
    return False
