"""Lists of other stories' linked headlines in the extracted text, and the page's tail after them.

A news page of the 2000s sets beside or below its story boxes of other stories: "B.C. Headlines",
"Latest news", a wire's ticker, each item a headline that is a link, perhaps with its summary or its
source and time under it. trafilatura's extractions (balanced and precise alike) often keep such a
box when it sits in the story's container, and the summaries read as sentences: their people become
actors of the story. Such a list is told by its shape, not by its words: at least ``MIN_TEASERS``
lines in a row that are each the whole text of one of the page's links (a headline), with at most
one line of their own between them (the summary, the source), and the short headings just before it.
(A headline run into its summary on one line, "Headline Summary. Full Story", is not looked for: a
line that merely begins with a link's words cost two held-out checks.)
It is dropped, and what follows it with it when that holds fewer words of sentences than came
before, than the box itself holds and than ``TAIL_PROSE_WORDS`` (the page's other boxes and footer,
not more of the story: a story's last short paragraphs after a small box of three headlines stay).
"""

from __future__ import annotations

from brief.ingest.link_texts import line_key, link_texts
from brief.text.sentence_stops import STOP_AT_LINE_END

MIN_TEASERS = 3
"""Linked headlines a list needs: two linked lines in a row may be a story's own pointers ("Read the
report" under a quote); three with at most a line between each are a box of other stories."""

MIN_HEADLINE_WORDS = 3
"""A linked line shorter than this is a menu item or a button ("Home", "Print story"), not a headline."""

HEADING_MAX_WORDS = 4
"""A box's heading just before its list ("B.C. Headlines", "Related", "Internal Links"): a short line
that does not end like a sentence."""

SUMMARY_MAX_WORDS = 50
"""A teaser's summary is a sentence or two (up to ~40 words on the read pages); a linked line followed
by a longer paragraph heads an item of the story itself (a review's games, each linked to its shop
page, each with its paragraph of 64-107 words)."""

TAIL_PROSE_WORDS = 200
"""Words in lines ending like a sentence after a list that are more of the story, not the page's
tail (as brief.ingest.html's end of the article: the tails of related links hold up to ~110)."""

_SENTENCE_END = STOP_AT_LINE_END


def _linked_texts(html: str) -> set[str]:
    """The keys of the page's link texts long enough to be headlines."""
    return {line_key(text) for text in link_texts(html) if len(text.split()) >= MIN_HEADLINE_WORDS}  # words, not an address


def _sentence_words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines if _SENTENCE_END.search(line))


def _is_heading(line: str) -> bool:
    return len(line.split()) <= HEADING_MAX_WORDS and not _SENTENCE_END.search(line)


def _lists(lines: list[str], linked: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of linked lines with at most one other line between two of them,
    that line no longer than SUMMARY_MAX_WORDS, holding at least MIN_TEASERS linked lines; the end
    is past the last item's own line. Items have a line of their own only if the first has: after
    a list of bare headlines, the next line is the page's, not the last item's. Teasers name other
    stories, each its own: a headline met again in the run ends it (a forum's replies, each headed
    "Re:" and the thread's subject, are posts, not teasers)."""
    found = []
    n = 0
    while n < len(linked):
        if not linked[n]:
            n += 1
            continue
        start, count, end = n, 0, n
        summaries = n + 1 < len(linked) and not linked[n + 1]  # the first item says whether items have one
        seen: set[str] = set()
        while n < len(linked) and linked[n]:
            own = summaries and n + 1 < len(linked) and not linked[n + 1]
            if own and len(lines[n + 1].split()) > SUMMARY_MAX_WORDS or lines[n] in seen:
                break  # a story's item, or a thread's replies all headed "Re: <subject>"
            seen.add(lines[n])
            count += 1
            end = n + 1 + own  # past the item's summary or source
            n = end
        if count >= MIN_TEASERS:
            found.append((start, end))
            n = max(n, end)
        else:
            n = start + 1  # the run may begin at the next linked line (a menu's link, then the box)
    return found


def without_teaser_lists(html: str, lines: list[str]) -> list[str]:
    """The lines without the lists of other stories' headlines, nor the page's tail after one."""
    if len(lines) < MIN_TEASERS or "<a" not in html.lower():
        return lines
    texts = _linked_texts(html)
    runs = _lists(lines, [line_key(line) in texts for line in lines])
    if not runs:
        return lines
    kept: list[str] = []
    last = 0
    for start, end in runs:
        before = lines[last:start]
        while before and _is_heading(before[-1]):
            before.pop()  # the box's heading
        kept += before
        rest = lines[end:]
        box = sum(len(line.split()) for line in lines[start:end])
        if _sentence_words(rest) < min(TAIL_PROSE_WORDS, _sentence_words(kept), box):
            return kept  # the page's tail: more boxes, a footer
        last = end
    return kept + lines[last:]
