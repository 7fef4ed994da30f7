"""Other stories' teasers run together in one paragraph of the extracted text, dropped.

Why: a box of other stories' headlines, each with the first words of its summary, came out of the extraction
as one paragraph ("Netflix Lifts Time Limits on Movies Watched over the Web Just a day before Apple ... Netflix
said it decided to lift time limits on movies ..."), or as a paragraph per item with the item's time stamp
run in after its headline ("ACCC seeks injunction ... 08/10/2007 16:03:26 Three-year-old stoush ..."). The
summaries read as the story's sentences, and their people and bodies as its actors (the teaser's last word
even glued to the next one's first: "AustraliaThe Australian Competition ..."). brief.ingest.teaser_lists
finds such boxes by lines that are each a link's whole text; these are told by a paragraph that opens on one
of the page's linked headlines and either holds several more of them and the summaries' elisions, or has a
time stamp to the second right after it: a story's own paragraph does neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.ingest.link_texts import line_key, link_texts

MIN_HEADLINE_WORDS = 3
"""A linked text shorter than this is a menu item or a button ("Home", "Print"), not a headline."""
MIN_HEADLINES = 3
"""Linked headlines a paragraph of run-together teasers holds: two may be a story's own references."""
MIN_ELISIONS = 2
"""Summaries cut short ("..."), one a teaser: a story's paragraph may elide one quotation."""
_ELISION = re.compile(r"\.\.\.|…")
_STAMP = re.compile(r"\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\s+\d{1,2}:\d{2}:\d{2}\b")
"""A date and a time to the second ("08/10/2007 16:03:26", "2008-01-16 12:47:46"): a listing's stamp, never a
story's prose."""


def _headlines(html: str) -> list[str]:
    """The keys of the page's link texts long enough to be headlines."""
    keys = {line_key(text) for text in link_texts(html)}
    return [k for k in keys if len(k.split()) >= MIN_HEADLINE_WORDS]


def _stamped(line: str, key: str) -> bool:
    """Whether the linked headline ``key`` opens ``line`` and a time stamp to the second follows it."""
    words = len(key.split())
    opening = re.match(r"\W*" + r"\W+".join([r"\w+"] * words), line)
    return opening is not None and line_key(opening.group()) == key and _STAMP.match(line, opening.end()) is not None


def without_run_teasers(html: str, lines: Sequence[str]) -> list[str]:
    """``lines`` without the paragraphs of other stories' teasers run together."""
    if "..." not in "".join(lines) and "…" not in "".join(lines) and not any(_STAMP.search(line) for line in lines):
        return list(lines)  # neither shape: the page's links need not be read
    headlines = _headlines(html)
    out = []
    for line in lines:
        key = f" {line_key(line)} "
        opening = [h for h in headlines if key.startswith(f" {h} ")]
        if opening and (any(_stamped(line, h) for h in opening) or len(_ELISION.findall(line)) >= MIN_ELISIONS
                        and sum(f" {h} " in key for h in headlines) >= MIN_HEADLINES):
            continue
        out.append(line)
    return out
