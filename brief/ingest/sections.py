"""The rest of an article whose body the page split into several containers.

Pages put an advertisement row, a pull quote or a newsletter box inside the story by closing the
body's container and opening a new one of the same kind after it (``<div class="… body …">``
paragraphs, an ad row, ``<div class="… body …">`` more paragraphs). trafilatura picks the one
container that holds most text and loses the others: on the read halves a long essay kept 45% of its
words. The other containers are found by the markup itself: elements of the same tag and the same
class attribute as the one holding the extracted paragraphs, near it in the tree (cousins, not an
unrelated list elsewhere on the page), that hold prose of their own.
"""

from __future__ import annotations

import re
from typing import Any

from brief.ingest.page_tree import page_tree, shown

# How far up from the extracted body's container its split parts may meet it: a part sits in
# the same grid as the first one (a sibling, or a sibling's child: two or three levels).
MAX_MEETING_DEPTH = 3
# Farther up, a part is one more copy of the same chunk of the template (a page laid out as a column
# of grid rows, each holding a piece of the story: <div class="chunk"><div class="grid"><div
# class="body">…): met one level higher, and only when every element between it and the meeting
# point has the tag and class of the one at the same height above the extracted container. A
# comment's body (the same class as a post's) sits in a differently marked thread and stays out.
MAX_CHUNK_DEPTH = 4
# A part holds paragraphs that read as prose: at least this many words ending like sentences,
# more than a caption or a teaser; shorter same-class boxes are a byline or a slot left empty.
MIN_PART_WORDS = 40
# A paragraph the extracted text is matched by: long enough not to be a label or a date.
ANCHOR_MIN_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")  # its own: an ellipsis ends a part's prose here, as tuned


def _paragraphs(element: Any) -> list[str]:
    return [text for p in element.iter("p") if (text := shown(p.text_content()))]


def _ancestors(element: Any) -> list[Any]:
    out = []
    parent = element.getparent()
    while parent is not None:
        out.append(parent)
        parent = parent.getparent()
    return out


def _container(root: Any, lines: list[str]) -> Any:
    """The element whose paragraphs are the extracted text's: the parent of its first long paragraph."""
    wanted = {shown(line) for line in lines if len(line.split()) >= ANCHOR_MIN_WORDS}
    for p in root.iter("p"):
        if shown(p.text_content()) in wanted:
            return p.getparent()
    return None


def _prose_words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs if _SENTENCE_END.search(p))


def _mark(element: Any) -> tuple[str, str]:
    return element.tag, " ".join((element.get("class") or "").split())


def _same_chunk(container: Any, element: Any) -> bool:
    """Whether ``element`` sits ``MAX_CHUNK_DEPTH`` levels below the container's ancestor of that
    height along a path marked as the container's own is (``MAX_CHUNK_DEPTH``)."""
    own, other = _ancestors(container)[:MAX_CHUNK_DEPTH], _ancestors(element)[:MAX_CHUNK_DEPTH]
    if len(own) < MAX_CHUNK_DEPTH or len(other) < MAX_CHUNK_DEPTH or own[-1] is not other[-1]:
        return False
    return [_mark(e) for e in own[:-1]] == [_mark(e) for e in other[:-1]]


def with_split_parts(html: str, lines: list[str]) -> list[str]:
    """The extracted lines with the paragraphs of the body's other parts put where the page has them:
    parts before the extracted one first, parts after it after its last paragraph."""
    root = page_tree(html)
    if root is None:
        return lines
    container = _container(root, lines)
    if container is None or not (container.get("class") or "").strip():
        return lines
    near = set(_ancestors(container)[:MAX_MEETING_DEPTH])
    above = set(_ancestors(container))
    before: list[str] = []
    after: list[str] = []
    seen = {shown(line) for line in lines}
    passed = False
    for element in root.iter(container.tag):
        if element is container:
            passed = True
            continue
        if element.get("class") != container.get("class") or element in above or container in _ancestors(element):
            continue
        if not near & set(_ancestors(element)) and not _same_chunk(container, element):
            continue
        paragraphs = [p for p in _paragraphs(element) if p not in seen]
        if _prose_words(paragraphs) < MIN_PART_WORDS:
            continue
        seen.update(paragraphs)
        (after if passed else before).extend(paragraphs)
    if not before and not after:
        return lines
    own = set(_paragraphs(container))
    last = max((n for n, line in enumerate(lines) if shown(line) in own), default=len(lines) - 1)
    return [*before, *lines[: last + 1], *after, *lines[last + 1 :]]
