"""The story a page describes in its metadata, where the extractor read only the page's furniture.

Pages laid out in tables (up to the late 2000s) may set the story as bare text in a ``<font>`` or
a ``<td>`` beside a long footer: trafilatura passes over the story's cell and returns the footer,
the menus or the copyright lines instead (favouring recall too), and the page is then skipped as
"only 38 words". Such a page's description (``<meta name="description">``) is most often the
story's first sentence, cut short: where its opening words stand in the page's text but nowhere in
the extracted text, the element holding them is the story, read from there on, one paragraph at
each line break, in place of a footer the extractor read, or before what it read (the story's first
paragraphs it missed).
"""

from __future__ import annotations

import html as entities
import re
from typing import Any

from brief.text.sentence_stops import FULL_STOP_AT_LINE_END as _SENTENCE_END

OPENING_WORDS = 8
"""The description's first words looked for: enough to be the story's own sentence, not a phrase
("the company said") that any page may hold; a description cut short after fewer is not looked for."""

MIN_STORY_WORDS = 40
"""The element found must hold this many words from the opening on: a story, not a teaser of it."""

_FOOTER = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.I)
"""What marks a line as the page's footer: a copyright notice."""
_BREAKS = frozenset({"br", "p", "div", "td", "th", "tr", "table", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "ul", "ol", "dd", "dt", "hr"})
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "select", "option", "textarea"})
_WORD = re.compile(r"\w+")
_MARKUP = re.compile(r"<(script|style|noscript|template|textarea|select)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)
"""What is not the page's shown text, cut before its words are looked at: hidden elements, comments, tags."""
_BODY = re.compile(r"<body\b", re.I)


def _start(html: str) -> int:
    """Where the page's body opens (its head holds the description itself), 0 when it never says."""
    found = _BODY.search(html)
    return found.start() if found else 0


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _key(words: list[str]) -> str:
    """Words as one string, spaced and padded, so that a run of words is a substring."""
    return f" {' '.join(words)} "


def _holds(words: list[str], opening: list[str]) -> bool:
    """Whether ``opening`` stands in ``words`` as a run."""
    return _key(opening) in _key(words)


def _spaced(text: str | None) -> str:
    """A run of the page's text, its source's line breaks as the spaces a browser shows."""
    return re.sub(r"\s+", " ", text) if text else ""


def _lines(element: Any) -> list[str]:
    """The element's text, a line at each line break or block, hidden elements left out."""
    from lxml.etree import Comment, ProcessingInstruction  # type: ignore[import-untyped]

    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        hidden = node.tag in (Comment, ProcessingInstruction) or tag.lower() in _HIDDEN
        breaks = tag.lower() in _BREAKS
        if breaks:
            parts.append("\n")
        if not hidden:
            parts.append(_spaced(node.text))
            for child in node:
                walk(child)
        if breaks:
            parts.append("\n")
        parts.append(_spaced(node.tail))

    parts.append(_spaced(element.text))
    for child in element:
        walk(child)
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]


def _holder(element: Any, opening: list[str]) -> Any:
    """The deepest element under ``element`` whose text holds ``opening`` (its first such child each
    step down), or None when none does."""
    if not _holds(_words(element.text_content()), opening):
        return None
    while True:
        child = next((c for c in element if isinstance(c.tag, str) and c.tag.lower() not in _HIDDEN
                      and _holds(_words(c.text_content()), opening)), None)
        if child is None:
            return element
        element = child


def described_story(html: str, lines: list[str], descriptions: list[str]) -> list[str]:
    """The story's lines from the element holding the opening of the page's description, when the
    extracted ``lines`` lack that opening; ``lines`` otherwise (or when no element holds it)."""
    openings = [words[:OPENING_WORDS] for words in map(_words, descriptions) if len(words) > OPENING_WORDS]
    if not openings:
        return lines
    extracted = _words(" ".join(lines))
    if any(_holds(extracted, opening) for opening in openings):
        return lines
    shown = _key(_words(entities.unescape(_MARKUP.sub("", html[_start(html) :]))))
    openings = [opening for opening in openings if _key(opening) in shown]
    if not openings:
        return lines  # the description's opening stands nowhere in the page's text: no parse needed
    from trafilatura.utils import load_html

    try:
        tree: Any = load_html(html)
    except (TypeError, ValueError):
        return lines
    if tree is None:
        return lines
    body = tree.find(".//body")
    if body is None:
        return lines
    from trafilatura.xml import delete_element

    for hidden in [e for e in body.iter() if isinstance(e.tag, str) and e.tag.lower() in _HIDDEN]:
        delete_element(hidden)  # never shown (its tail kept): a script's megabytes of data are not the story's words
    for opening in openings:
        found = _holder(body, opening)
        if found is None:
            continue
        story = _lines(found)
        start = next((n for n, line in enumerate(story) if _holds(_words(line), opening[:3])), None)
        if start is None:
            continue
        story = story[start:]
        if len(_words(" ".join(story))) >= MIN_STORY_WORDS:
            return _with_story(story, lines)
    return lines


def _with_story(story: list[str], lines: list[str]) -> list[str]:
    """The extracted ``lines`` with the ``story`` read from the element ``found``, by where the two stand:

    - the story holds some of the lines (the extractor began inside it): its paragraphs before the first
      it holds, when each reads as prose, then the lines (what the element holds after them may be the
      page's: its comments, its footer);
    - the lines stand apart from it and are the page's footer (a copyright notice among them): the story alone;
    - else (a lead set apart from the rest of the story): the story, then the lines."""
    told = [" ".join(_words(line)) for line in story]
    held = {" ".join(_words(line)) for line in lines}
    first = next((n for n, line in enumerate(told) if line in held), None)
    if first is not None:
        missed = story[:first]
        return [*missed, *lines] if missed and all(_SENTENCE_END.search(line) for line in missed) else lines
    if not lines or any(_FOOTER.search(line) for line in lines):
        return story
    return [*story, *lines]
