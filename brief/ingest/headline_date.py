"""The date a page writes at its headline or byline: the article's, where the page's markup declares none.

A saved page without a date in its metadata still prints one where the story starts ("Published: Dec. 30,
2007", "Last Updated: 08/01/2008" under the headline, "29 December, 2007" after it). htmldate's extensive
search instead takes the oldest date-like phrase anywhere on the page (a sidebar's, a comment's, an old
copyright, a date inside an image's address), and its fast search can take the masthead's "Tuesday 15
January 2008" (the day the page was served) over the byline's. So brief reads the dates written in the
visible text near the headline (or, without one found, just before the text's start) and takes the
nearest. A date written in digits only ("08/01/2008") is read day-first or month-first as the page's dates
with a month's name say (the month one reading gives is one they name; "Friday, January 11" after
"01/11/2008"); a page that settles neither reading gets no date from it.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")), start=1)
    for name in names
}
_MONTH = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_WRITTEN = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?P<m1>{_MONTH})\b\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTH})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d))(?!\d)",
    re.I,
)
_ISO = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d/.-])")
_DIGITS = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-])")
MONTHS_IN_YEAR = 12
_HIDDEN = re.compile(r"(?is)<(script|style|noscript|head)\b.*?</\1\s*>|<!--.*?-->")
_BLOCK = re.compile(r"(?i)<(?:/?(?:p|div|td|th|tr|li|ul|ol|h[1-6]|table|blockquote|dd|dt|dl|center)\b|br\b)[^>]*>")
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"[ \t\r\f\v\xa0]+")
_LINES = re.compile(r"\s*\n\s*")

AFTER_HEADLINE = 400
"""Characters of visible text after the headline searched for its date: a byline, a dateline and a "Last
updated" line between headline and story fit; a related story's date further down is not the article's."""
BEFORE_HEADLINE = 120
"""Characters before the headline: a kicker's or a "Published" line's date set above the headline."""
BEFORE_TEXT = 300
"""Without the headline found, characters before the article's first words: its byline's date."""
HEADLINE_KEY = 40
"""Characters of the headline (or of the text's start) looked for in the page's visible text."""
DATE_LINE_WORDS = 16
"""Words a block of text holding the page's date may have: a byline, a "Published:" or "Last updated" line,
a dateline; a date inside a longer block is one the story or a caption tells of ("from 1 November 2006")."""
DATELINE_CHARS = 40
"""How far into a long block its date may stand with only capitals before it: a dateline ("WASHINGTON, Jan.
8, 2008 -") before the story's first sentence; after "Between" or "Covering the period from" it is the
story's date of something else."""
_LOWER = re.compile(r"[a-z]")
_CUED = re.compile(r"\b(?:updated|published|posted|created|modified|date)\b\s*(?:at|on)?\s*:?\s*"
                   r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*,?\s*)?(?:[A-Z][a-z]+day,?\s*)?$", re.I)
"""What stands before a date that dates the page inside a longer line: "Last Updated: 12:01am GMT", "Posted on Tue,"."""
_TIME_TAIL = re.compile(r"(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?\s*[|–-]?\s*$", re.I)
"""What may follow a date closing its line, as a masthead or byline ends ("Monday, 31 December 2007, 10:46 GMT"): a
time and its zone, nothing a sentence would end with ("expires on 31 December 2007.")."""
CUE_CHARS = 40
"""Characters before a date searched for its cue."""


def visible_text(html: str) -> str:
    """The page's visible text, a line a block (scripts, styles, comments and the head left out)."""
    flat = _HIDDEN.sub(" ", html).replace("\r", " ").replace("\n", " ")  # the source's line breaks show as spaces
    text = html_lib.unescape(_TAG.sub(" ", _BLOCK.sub("\n", flat))).replace("\r", " ")
    return _LINES.sub("\n", _SPACE.sub(" ", text)).strip()


@dataclass(frozen=True)
class WrittenDate:
    """A date the page's text writes: where it stands, and the day it names or, for a digits-only date both
    orders could read ("08/01/2008"), its two readings (day first, month first)."""

    start: int
    end: int
    day: date | None
    readings: tuple[date, ...] = ()


def written_dates(text: str) -> list[WrittenDate]:
    """Each date the text writes, in order."""
    found: list[WrittenDate] = []
    for match in _WRITTEN.finditer(text):
        day, month, year = match.group("d1") or match.group("d2"), match.group("m1") or match.group("m2"), match.group("y1") or match.group("y2")
        made = _made(int(year), _MONTH_NAMES[month.lower()], int(day))
        if made:
            found.append(WrittenDate(match.start(), match.end(), made))
    for match in _ISO.finditer(text):
        made = _made(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if made:
            found.append(WrittenDate(match.start(), match.end(), made))
    for match in _DIGITS.finditer(text):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        readings = tuple(dict.fromkeys(d for d in (_made(year, second, first), _made(year, first, second)) if d))
        if len(readings) == 1:
            found.append(WrittenDate(match.start(), match.end(), readings[0]))
        elif readings:
            found.append(WrittenDate(match.start(), match.end(), None, readings))
    return sorted(found, key=lambda written: written.start)


@dataclass(frozen=True)
class PageDates:
    """A page's visible text and the dates it writes, read once for both questions asked of them."""

    page: str
    dates: list[WrittenDate]


def page_dates(html: str) -> PageDates:
    """The page's visible text and each date written in it."""
    page = visible_text(html)
    return PageDates(page, written_dates(page))


def headline_date(read: PageDates, headline: str, text: str) -> str:
    """The ISO date written nearest the headline (``headline``) or the article's start (``text``), or ""."""
    page, dates = read.page, read.dates
    if not dates:
        return ""
    settle = _settler(page, dates)
    anchor = _find(page, headline)
    if anchor >= 0:
        window = (anchor - BEFORE_HEADLINE, anchor + len(headline) + AFTER_HEADLINE)
        centre = anchor + len(headline)
    else:
        start = _find(page, text)
        if start < 0:
            return ""
        window, centre = (start - BEFORE_TEXT, start), start
    near = sorted((abs(d.start - centre) + (d.start < centre) * AFTER_HEADLINE, n)
                  for n, d in enumerate(dates) if window[0] <= d.start <= window[1] and _dates_its_line(page, d))
    for _, n in near:
        chosen = dates[n].day or settle(dates[n].readings)
        if chosen:
            return chosen.isoformat()
    return ""


def sole_date(read: PageDates) -> str:
    """The one date the page's visible text writes on lines of their own or as datelines (a digits-only date
    in the reading the page settles), not inside a story or a caption; "" when it writes none or several (a
    sidebar's dates beside the article's: which is the page's, nothing says)."""
    page, dates = read.page, read.dates
    settle = _settler(page, dates)
    days = {d.day or settle(d.readings) for d in dates if _dates_its_line(page, d)}
    if len(days) != 1:
        return ""
    (only,) = days
    return only.isoformat() if only else ""


def states(value: str, iso: str) -> bool:
    """Whether a date as markup writes it ("01/08/2008 02:27:50", "2008-01-08T02:27") can be ``iso``."""
    return any(iso in {day.isoformat() for day in ([d.day] if d.day else d.readings)} for d in written_dates(value))


def _dates_its_line(page: str, written: WrittenDate) -> bool:
    """Whether a date dates its block of text: a short line; or in a longer one, after a cue ("Last
    Updated:"), opening it as a dateline, or closing it as a masthead's or byline's date does."""
    start = page.rfind("\n", 0, written.start) + 1
    end = page.find("\n", written.end)
    end = len(page) if end < 0 else end
    if len(page[start:end].split()) <= DATE_LINE_WORDS or _CUED.search(page[max(start, written.start - CUE_CHARS):written.start]):
        return True
    if written.start - start <= DATELINE_CHARS and not _LOWER.search(page, start, written.start):
        return True
    return bool(_TIME_TAIL.fullmatch(page[written.end:end]))


def _settler(page: str, dates: list[WrittenDate]) -> Callable[[tuple[date, ...]], date | None]:
    """How the page's digits-only dates read: the (day-first, month-first) reading whose month is one the
    page's dates with a month's name give, if just one is; else the order its other digits-only dates show
    ("15/01/2008": day first), if they show one; else neither."""
    named = {(d.day.year, d.day.month) for d in dates if d.day is not None}
    orders = {("day" if int(m.group(1)) > MONTHS_IN_YEAR else "month") for m in _DIGITS.finditer(page)
              if max(int(m.group(1)), int(m.group(3))) > MONTHS_IN_YEAR}

    def settle(readings: tuple[date, ...]) -> date | None:
        fitting = [d for d in readings if (d.year, d.month) in named]
        if len(fitting) == 1:
            return fitting[0]
        if len(readings) == 2 and len(orders) == 1:
            return readings[0] if orders == {"day"} else readings[1]
        return None

    return settle


def _find(page: str, words: str) -> int:
    """Where the first ``HEADLINE_KEY`` characters of ``words`` stand in the page's text (the last such place
    before the text holding most of the page's words is not known, so the first), or -1."""
    key = " ".join(words.split())[:HEADLINE_KEY]
    return page.find(key) if len(key) >= HEADLINE_KEY // 2 else -1


def _made(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
