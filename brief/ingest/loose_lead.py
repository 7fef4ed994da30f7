"""The story's first paragraph set loose in the markup, which the extractor left out.

Some templates of the 2000s write the story's opening paragraph as bare text after the element that
holds its date or picture (``<div class="date">Friday</div> WASHINGTON -- The senator said ...<p>``),
and the later paragraphs in <p>s or after <br>s. trafilatura keeps the paragraphs and drops that
loose text, so the story starts at its second paragraph and loses its lede: who did what. The text
right before the story's first line of prose, back to the element that ends before it, is that
paragraph when it reads as one: a sentence of some length, not a link's text, not already read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

from brief.ingest.page_tree import page_tree, shown
from brief.text.sentence_stops import STOP_AT_LINE_END

LEAD_WORDS = 12
"""Words the loose text needs to be a story's paragraph (as a line of prose elsewhere in brief.ingest):
a caption's credit, a date or a share bar's labels are shorter."""
MATCH_CHARS = 40
"""The story's first line is found in the page by its first characters (spacing aside)."""
FIRST_LINES = 6
"""Lines of the extracted text looked through for the first line of prose (a kicker, a byline, a date
and the headline may come before it); lines of a few words (``SHORT_LINE_WORDS``: a ticker's label, a search
box's "Web:", a date) are not counted, as a template may stack many of them over the story."""
SHORT_LINE_WORDS = 4
"""Words of a line too short to count among ``FIRST_LINES``: a label or a date, not a paragraph or a caption."""
PROSE_TRIED = 3
"""Lines of prose tried in turn for the loose paragraph before them: an advert's blurb ("Shop for sport clothes.
Great style at great prices.") may read as prose above the story's own first line."""
MAX_LINKED_SHARE = 0.5
"""Share of the loose text's words that may be links' texts: more is a box of links, not the lede."""

# where a paragraph ends: a block's start or end, or a line break
_BLOCKS = frozenset(
    "p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote section article aside header footer nav figure "
    "figcaption table tr td th tbody thead pre hr form center main body".split())
_UNSEEN = frozenset({"script", "style", "noscript", "template", "select", "option", "title", "head"})
OPEN, CLOSE = "open", "close"
Piece: TypeAlias = "tuple[str, bool] | str"  # a text node (its text, inside a link) or OPEN or CLOSE
_SENTENCE_END = STOP_AT_LINE_END


def _pieces(root: Any) -> list[Piece]:
    """The page's shown text in order, a piece per text node with whether it is inside a link, and
    ``OPEN`` or ``CLOSE`` where a block (``_BLOCKS``) starts or ends (a <br> opens a line). A comment's
    text is unseen but its tail is shown."""
    pieces: list[Piece] = []
    stack: list[tuple[Any, bool, bool]] = [(root, False, False)]  # (node, inside a link, closing it)
    while stack:
        node, linked, closing = stack.pop()
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if not closing and tag and tag not in _UNSEEN:
            inner = linked or tag == "a"
            pieces += [OPEN] if tag in _BLOCKS else []
            pieces += [(node.text, inner)] if node.text else []
            stack.append((node, linked, True))
            stack.extend((child, inner, False) for child in reversed(node))
            continue
        pieces += [CLOSE] if closing and tag in _BLOCKS and tag != "br" else []
        pieces += [(node.tail, linked)] if node.tail else []
    return pieces


def _first_prose(lines: list[str]) -> list[int]:
    """The indexes of the first ``PROSE_TRIED`` lines of prose among the first ``FIRST_LINES`` that are not
    short labels."""
    found: list[int] = []
    counted = 0
    for n, line in enumerate(lines):
        words = len(line.split())
        if words < SHORT_LINE_WORDS:
            continue
        counted += 1
        if counted > FIRST_LINES or len(found) == PROSE_TRIED:
            break
        if words >= LEAD_WORDS and _SENTENCE_END.search(line):
            found.append(n)
    return found


def _loose_before(pieces: list[Piece], probe: str) -> tuple[str, int]:
    """The loose text right before the paragraph that starts with ``probe`` (text after a block's end, up
    to a break), and its words in links; "" when the paragraph runs on from text or a block's own text
    stands before it (a caption, a teaser: the extractor's to keep or drop)."""
    for n, piece in enumerate(pieces):
        if isinstance(piece, str) or not shown(piece[0]).startswith(probe):
            continue
        back = n - 1
        while back >= 0 and not isinstance(pieces[back], str) and not shown(pieces[back][0]):
            back -= 1  # spacing between the break and the line
        if back < 0 or not isinstance(pieces[back], str):
            return "", 0  # the line runs on from text before it: not a paragraph's start
        while back >= 0 and isinstance(pieces[back], str):
            back -= 1  # the break (a block's start or end, a <br>)
        found: list[tuple[str, bool]] = []
        while back >= 0 and not isinstance(piece := pieces[back], str):
            found.insert(0, piece)
            back -= 1
        if back >= 0 and pieces[back] != CLOSE:
            return "", 0  # a block's own text (a <p>, a caption's <div>) or a line after a <br>
        linked = sum(len(text.split()) for text, in_link in found if in_link)
        return "".join(text for text, _ in found), linked
    return "", 0


def with_loose_lead(html: str, lines: list[str], clean: Callable[[str], str]) -> list[str]:
    """``lines`` with the story's loose first paragraph put before its first line of prose (see above)."""
    prose = _first_prose(lines)
    root = page_tree(html) if prose else None
    if root is None:
        return lines
    pieces = _pieces(root)
    for first in prose:
        text, linked = _loose_before(pieces, shown(lines[first])[:MATCH_CHARS])
        lead = clean(text)
        words = len(lead.split())
        if words < LEAD_WORDS or not _SENTENCE_END.search(lead) or linked > MAX_LINKED_SHARE * words:
            continue
        if any(shown(lead) in shown(line) or len(line.split()) >= LEAD_WORDS and shown(line) in shown(lead) for line in lines):
            return lines  # read already (a standfirst, a paragraph the extractor kept elsewhere)
        return [*lines[:first], lead, *lines[first:]]
    return lines
