"""Which date is the page's: its markup's, the one written at its headline, or a guess from its text.

trafilatura's fast date search reads the markup (meta tags, ``<time>``, JSON-LD, the address) but also
date-like text in some elements, such as a masthead's "Tuesday 15 January 2008" (the day the page was
served, not the story's). Its date is kept when the markup declares that date; otherwise the date written at the headline or
byline (brief.ingest.headline_date) wins over the fast search's, and only without either is htmldate's
extensive search asked, its answer kept only when it is the one date the page's text writes on a line of its
own (its oldest date-like phrase anywhere is often a sidebar's, a comment's, an old copyright or a number
inside an address; and of a page writing several dates, nothing says which is the article's: no date is
better than a wrong one).
"""

from __future__ import annotations

import re

from brief.ingest.headline_date import headline_date, page_dates, sole_date, states

_META = re.compile(r"<meta\b[^>]*>", re.I)
_DATE_NAME = re.compile(r"""\b(?:name|property|itemprop)\s*=\s*["']?[\w:.-]*(?:date|time|published|modified|created)""", re.I)
_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_DATA = re.compile(r"""<time\b[^>]*\bdatetime\s*=\s*["']?([^"'>]+)|"date(?:Published|Created|Modified)"\s*:\s*"([^"]+)["]""", re.I)
"""Markup that states a date as data: a meta tag named for a date or time, a ``<time datetime>``, JSON-LD."""
_ADDRESS_DATE = re.compile(r"/(?:19|20)\d\d/[01]?\d/[0-3]?\d/|[/_-](?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)")
"""An address that states its date (``/2008/01/05/``, ``…-2024-03-08``): htmldate's first source, sound."""


def page_date(html: str, url: str, headline: str, text: str, found: str) -> str:
    """The page's ISO date (or "" when the evidence is weak); ``found`` is trafilatura's fast search's."""
    if found and (_ADDRESS_DATE.search(url) or any(states(value, found) for value in _declared(html))):
        return found
    read = page_dates(html)  # the visible text and its dates, for the headline's date and then the sole one
    written = headline_date(read, headline, text)
    if written:
        return written
    if found:
        return found
    sole = sole_date(read)
    return sole if sole and _extensive_date(html, url) == sole else ""


def _declared(html: str) -> list[str]:
    """The dates the page's markup states as data (as written there)."""
    values = [next(v for v in content.groups() if v is not None)
              for tag in _META.findall(html) if _DATE_NAME.search(tag) for content in _CONTENT.finditer(tag)]
    return values + [a or b for a, b in _DATA.findall(html)]


def _extensive_date(html: str, url: str) -> str:
    """The page's date found by htmldate's extensive search, for a page whose markup states none.

    The extensive search sends date-like phrases of the page to dateparser, whose first call in a
    process tries every locale it knows (~2 CPU-s on a dev page with "22 Sep,2021 1632hrs IST",
    ~5 on a slower machine). The fast search found the same date on all the 41 dated dev pages,
    so the slow one runs only when the fast one found none (a date written out in the text only).
    """
    from htmldate import find_date

    return (find_date(html, extensive_search=True, original_date=True, url=url or None) or "").strip()
