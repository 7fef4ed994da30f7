"""The lines of a loading notice, made to fit a toast: paths shortened, each line at most two rows.

A notice quoting three "same story as" notes of a web pile showed six full paths: 27 rows in a
40-column toast at 80x24, taller than the screen, its first and last lines off it.
"""

from __future__ import annotations

import os
import re

LINE_CHARS = 120
"""A quoted problem longer than this is cut: at most two rows of the toast at 80 columns (67 columns of
text), so two notices of three problems each (skipped inputs and notes) fit a 24-row screen together."""

_PATH = re.compile(r"(?<!\S)(?:/|\.{1,2}/|~/|[^\s/:;,]+/[^\s/:;,]+/)[^\s;,]*[^\s;,:.]")
"""A file path: from the root, ./, ../ or ~/, or two folders deep (so "and/or" is left alone)."""


def short_paths(lines: list[str]) -> list[str]:
    """``lines`` with every path written from the folder all of them share (``dev/a.html`` for
    ``/long/way/to/dev/a.html``); the full paths are in ``brief --print``'s notes."""
    paths = {m.group() for line in lines for m in _PATH.finditer(line) if "://" not in m.group()}
    if not paths:
        return lines
    try:
        common = os.path.commonpath([os.path.dirname(p) for p in paths])
    except ValueError:  # absolute and relative paths together share no folder
        return lines
    if not common:
        return lines

    def shorter(match: re.Match[str]) -> str:
        path = match.group()
        return os.path.relpath(path, common) if path in paths else path

    return [_PATH.sub(shorter, line) for line in lines]


def fitted(lines: list[str]) -> list[str]:
    """``lines`` with short paths, each cut to LINE_CHARS so the toast fits the screen."""
    return [line if len(line) <= LINE_CHARS else line[: LINE_CHARS - 1] + "…" for line in short_paths(lines)]
