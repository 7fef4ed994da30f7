"""A pattern that must end where a text (or a range of it) ends, searched over its last few words only.

Why: the rules that read what stands before a name ("Mr. John", "his wife,", "Reporting by Jane Roe and")
search a window of the text before it with a pattern anchored at the window's end. A regex search
tries a match at every position of its range, and the patterns start with a word boundary, which
the regex engine cannot skip ahead to: each search costs the window's length. When a pattern's
match spans at most a known number of runs of non-space characters (a title and two given names:
three), no match starts before the space ahead of the range's last that many runs, so the search
starts there and finds the same (leftmost) match.
"""

from __future__ import annotations

import re


def search_ending(pattern: re.Pattern[str], text: str, runs: int, start: int = 0, end: int | None = None,
                  ) -> re.Match[str] | None:
    """``pattern.search(text, start, end)``, for a ``pattern`` whose every match ends at ``end`` (``$``
    or ``\\Z``) and spans at most ``runs`` runs of non-space characters (``str.split``'s, which are
    the regex ``\\s``'s), with the spaces around them.

    Starting the search later changes nothing else: a word boundary or a look-behind at the new
    start still reads the character before it, as it does at any position of the text.
    """
    stop = len(text) if end is None else end
    parts = text[start:stop].rsplit(None, runs)
    if len(parts) > runs:
        start += len(parts[0])
    return pattern.search(text, start, stop)
