"""The page's furniture above the story's headline, when the extracted text holds the headline.

A page of the 2000s laid out in tables may give trafilatura its menus, a section's name, a teaser or
two and the date ahead of the story ("Home | News | Sport", "Latest News", "Today's paper"), then the
story's headline on a line of its own, then the story. brief.ingest.html drops the headline repeated in
the text when it comes in the first lines; further down, it marks where the story begins: what comes
before it goes too when it holds fewer than ``HEAD_PROSE_WORDS`` words of sentences (menus and teasers
cut short, not a story's paragraphs: the headline repeated after the story, in a box of related links,
stays where it is) and less than the text after it.
"""

from __future__ import annotations

import re

from brief.text.sentence_stops import FULL_STOP_AT_LINE_END

HEAD_PROSE_WORDS = 50
"""Words in sentences above the headline that may still be furniture: a site's notice ("The views
expressed are not those of ...", 38 words on the read pages); a story's paragraphs hold hundreds."""

HEADLINE_MIN_WORDS = 3
"""A headline's words at the least: a shorter title ("News", the site's name) may be a menu's item too."""

_NON_WORD = re.compile(r"\W+")
_SENTENCE_END = FULL_STOP_AT_LINE_END


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


def from_the_headline(lines: list[str], headlines: list[str]) -> list[str]:
    """The lines from the first that repeats a headline on, when those above it are furniture."""
    keys = {key for key in map(_key, headlines) if len(key.split()) >= HEADLINE_MIN_WORDS}
    start = next((n for n, line in enumerate(lines) if _key(line) in keys), 0)
    if start == 0:
        return lines
    above = lines[:start]
    prose = sum(len(line.split()) for line in above if _SENTENCE_END.search(line))
    if prose >= HEAD_PROSE_WORDS or _words(above) >= _words(lines[start:]):
        return lines
    return lines[start:]
