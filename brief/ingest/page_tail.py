"""The page's tail kept after the story: a long run of menu items, promotions and classified ads.

A news page of the 2000s laid out in tables (or with its markup left unclosed) may put its story, its
side columns and its footer in one container, and trafilatura then keeps all of it: after the story's
last paragraph come a site's promotions ("Love puzzles? Play our new game"), its classified ads
("£70,995", "South East England"), a section menu ("Cricket", "Rugby Union", "Golf") and the
copyright notice. Such a tail is told by its shape: a run of at least ``MIN_RUN`` lines in a row none
of which is a sentence or a long line, with little prose after it, and either most of them the whole
text of one of the page's links (menus, other stories) or the site's copyright notice after them (the
footer: promotions and ads whose links hold only part of their text). It is dropped with what follows it when that holds fewer words of sentences
than the story before it and than ``TAIL_PROSE_WORDS``. A story's own list stays: its items are
seldom links (the winners of an award, the steps of a plan), and a table of figures (a poll's
crosstabs, a scorecard) is data, not furniture. A story's list that happens to end the page ahead of
its footer would go too: on a page whose footer trafilatura kept, that is the rarer case.
"""

from __future__ import annotations

import re

from brief.ingest.link_texts import line_key, link_texts
from brief.text.sentence_stops import FULL_STOP_AT_LINE_END

MIN_RUN = 10
"""Lines in a row a tail's run needs: a story's fact box or a short list of related links holds three
to six, a gallery's captions ahead of the footer seven; the tails of the read pages' promotions, ads and
menus run to 10-60."""

MIN_LINKED_SHARE = 0.5
"""Share of the run's lines that are each the whole text of a link: a tail is mostly links (its menus,
its promotions), a story's list of names or results mostly not."""

LONG_LINE_WORDS = 20
"""A line this long is prose even without a full stop (a fact box's dash-led item of 22-30 words)."""

TAIL_PROSE_WORDS = 200
"""Words in lines ending like a sentence after the run that are more of the story, not the page's tail
(as brief.ingest.teaser_lists: the tails of other boxes and footers hold fewer)."""

_SENTENCE_END = FULL_STOP_AT_LINE_END
_FIGURE_CELL = re.compile(r"\|\s*[-+]?\d[\d.,%]*\s*(?=\|)")
"""A table's cell holding a number alone: a row of data ("| Women | 47 | 36 |"), not a menu in a table."""
_COPYRIGHT = re.compile(r"©|\bcopyright\b.{0,20}\d{4}|\ball rights reserved\b|\(c\)\s*\d{4}", re.I)
"""The site's copyright notice: the page's footer."""
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.I)


def _linked_texts(html: str) -> set[str]:
    """The keys of the page's link texts, but for bare addresses (a story's list of shop links)."""
    return {line_key(text) for text in link_texts(html) if not _ADDRESS.match(text)} - {""}


def _loose(line: str) -> bool:
    """Whether a line can belong to a tail's run: no sentence, no long line, no row of figures, and not
    the copyright notice that says where the run ends."""
    return not (_SENTENCE_END.search(line) or len(line.split()) >= LONG_LINE_WORDS or _FIGURE_CELL.search(line)
                or _COPYRIGHT.search(line))


def _sentence_words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines if _SENTENCE_END.search(line))


def without_page_tail(html: str, lines: list[str]) -> list[str]:
    """The lines up to the page's tail, when a run of links and fragments begins it."""
    if len(lines) <= MIN_RUN or "<a" not in html.lower():
        return lines
    loose = [_loose(line) for line in lines]
    texts: set[str] | None = None
    for start in range(1, len(lines) - MIN_RUN + 1):
        if not all(loose[start:start + MIN_RUN]):
            continue
        rest = _sentence_words(lines[start:])
        if rest >= min(TAIL_PROSE_WORDS, _sentence_words(lines[:start])):
            continue
        texts = _linked_texts(html) if texts is None else texts
        end = start
        while end < len(lines) and loose[end]:
            end += 1
        linked = sum(line_key(line) in texts for line in lines[start:end]) >= MIN_LINKED_SHARE * (end - start)
        if linked or any(_COPYRIGHT.search(line) for line in lines[end:]):
            return lines[:start]
    return lines
