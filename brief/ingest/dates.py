"""Dates as feeds and pages write them, and the briefing ordered by them (``--order date``)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import datetime, timezone

from brief.model import BriefingItem

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")


def sortable_date(text: str) -> datetime | None:
    """An ISO-ish, RFC 2822 or written-out date ("8 March 2024", "Mar 8, 2024") as a UTC datetime."""
    text = text.strip()
    if not text:
        return None
    match = _ISO.search(text)
    if match:
        year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
        return _made(year, month, day, hour, minute, second)
    try:
        from email.utils import parsedate_to_datetime

        moment = parsedate_to_datetime(text)
        if moment is not None:
            return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment
    except (TypeError, ValueError, IndexError):
        pass
    for pattern, order in ((_DAY_MONTH, (0, 1, 2)), (_MONTH_DAY, (1, 0, 2))):
        match = pattern.search(text)
        if match:
            groups = match.groups()
            day_text, name, year_text = groups[order[0]], groups[order[1]], groups[order[2]]
            month_number = _MONTHS.get(name[:3].lower())
            if month_number:
                return _made(int(year_text), month_number, int(day_text))
    return None


def _made(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def order_by_date(briefing: Iterable[BriefingItem], dates: dict[int, str]) -> tuple[BriefingItem, ...]:
    """The briefing as a timeline: oldest cited article first, undated last, ties kept in order.

    An item is dated by the article its text comes from (its first source); ``dates`` maps
    article ids to their date strings.
    """
    items = list(briefing)
    parsed = {aid: sortable_date(text) for aid, text in dates.items()}

    def key(item: BriefingItem) -> tuple[int, datetime]:
        moment = parsed.get(item.sources[0].article) if item.sources else None
        return (0, moment) if moment is not None else (1, datetime.min)

    return tuple(sorted(items, key=key))
