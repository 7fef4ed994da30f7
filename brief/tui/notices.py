"""The lines of a loading notice, made to fit a toast: paths shortened, each line at most two rows.

A notice quoting three "same story as" notes of a web pile showed six full paths: 27 rows in a
40-column toast at 80x24, taller than the screen, its first and last lines off it.
"""

from __future__ import annotations

import os
import re

LINE_CHARS = 120
"""A quoted problem longer than this is shortened (paths first, its end kept): at most two rows of the toast at 80 columns (67 columns of
text), so two notices of three problems each (skipped inputs and notes) fit a 24-row screen together."""

MIN_PATH_CHARS = 20
"""A path cut to fit keeps this much: its first words and its extension still tell which file it was."""

MIN_NAME_CHARS = 16
"""A file name cut in its middle keeps this much; the folder it is in stays when there is room for both."""

_PATH = re.compile(r"(?<!\S)(?:/|\.{1,2}/|~/|[^\s/:;,]+/[^\s/:;,]+/)[^\s;,]*[^\s;,:.]")
"""A file path: from the root, ./, ../ or ~/, or two folders deep (so "and/or" is left alone)."""

_NAMED = re.compile(r"^[^\s:]+(?=: )|(?<!\S)[^\s;,()]*/[^\s;,()]*[^\s;,:.()]")
"""What a notice names, to be shortened before its words are: its first word before ": " (``NAME:
what happened``) and any word with a slash (a path, shortened or not, or an address)."""


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
    """``lines`` with short paths, each made to fit LINE_CHARS so the toast fits the screen."""
    return [fit(line) for line in short_paths(lines)]


def fit(line: str, most: int = LINE_CHARS) -> str:
    """``line`` in at most ``most`` characters, its end kept: a notice names a file, then says what
    happened to it ("…; skipped"), and a line cut at its end kept the path and lost the news.
    Its longest paths and addresses give way first, folders then the middle of the name
    (``…/2022-04-…-5.html``); then, when the words alone are too many, the middle of the line, at spaces."""
    named = {m.group() for m in _NAMED.finditer(line)}
    for path in sorted(named, key=len, reverse=True):
        if len(line) <= most:
            return line
        line = line.replace(path, _shorter_path(path, len(path) - (len(line) - most)))
    if len(line) <= most:
        return line
    return _cut_middle(line, most)


def _shorter_path(path: str, room: int) -> str:
    """``path`` in about ``room`` characters: its first folders replaced by ``…/``, then the middle of
    its file name cut, its start and extension kept (never under MIN_PATH_CHARS: a name to recognise).
    An address keeps its host: its middle is cut."""
    room = max(room, MIN_PATH_CHARS)
    if len(path) <= room:
        return path
    if "://" in path:
        return _cut(path, room, room // 3)
    parts = path.split("/")
    for first in range(1, len(parts)):
        shorter = "…/" + "/".join(parts[first:])
        if len(shorter) <= room:
            return shorter
    name = parts[-1]
    folders = ["/".join(parts[:-1]) + "/", "…/" + parts[-2] + "/", "…/"] if len(parts) > 1 else [""]
    prefix = next((f for f in folders if room - len(f) >= MIN_NAME_CHARS), folders[-1])
    extension = len(name) - name.rfind(".") if "." in name[1:] else 0
    return prefix + _cut(name, room - len(prefix), max(extension + 4, (room - len(prefix)) // 3))


def _cut(text: str, room: int, end: int) -> str:
    """``text`` in ``room`` characters: its start, an ellipsis, and its last ``end`` characters."""
    if len(text) <= room:
        return text
    end = min(end, room - 2)
    return f"{text[: room - 1 - end]}…{text[len(text) - end:]}"


def _cut_middle(line: str, most: int) -> str:
    """``line`` without the middle words that do not fit, `` … `` in their place."""
    tail = line[len(line) - most // 2:]
    if " " in tail:
        tail = tail[tail.index(" ") + 1:]  # starts at a word
    head = line[: most - 3 - len(tail)]
    if " " in head[len(head) // 2:]:
        head = head[: head.rindex(" ")]  # ends at a word
    return f"{head.rstrip()} … {tail}"
