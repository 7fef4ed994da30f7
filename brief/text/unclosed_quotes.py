"""A quotation the writer forgot to close before its frame: "“We had a fine year with Orbis, Lumen's Reid said,
“and we plan to go on.”" or "“Prices must fall everywhere. He said that “the deal is off.”". The next quotation
opens while the first is still open, so every reader of quotations took the frame ("Lumen's Reid said") for
quoted words: the first quotation had no speaker and the second was lost inside it.

Why a module of its own: it mends the marks, of the same length (the space after the punctuation that ends the
first quotation becomes its closing mark), before the actors are read, as ``brief.text.quotes.doubled_as_curly``
does for doubled marks; only where two quotations open in a row in one paragraph (straight marks: an odd count
in the paragraph) and a short frame, a source and a saying verb, stands right before the second.
"""

from __future__ import annotations

import re

FRAME_SOURCE_WORDS = 5
"""Words a frame's source may run to after the first ("Lumen chief executive Ian Reid said"): a longer
stretch before the verb is a sentence of its own, not a frame."""
_FRAME = re.compile(
    rf"[,.!?](?P<space> )(?:[A-Z][\w'’.-]*|he|she|they|the)(?:\s+[\w'’.-]+){{0,{FRAME_SOURCE_WORDS}}}\s+"
    r"(?:said|says|added|adds|continued|explained|insisted|noted|wrote|writes|told\s+\w+)(?:,|:|\s+that)?\s*$"
)
"""The end of an unclosed quotation and the frame right before the next opening mark: the punctuation that
ends the quoted words, one space, a source (opened by a name, a personal pronoun or "the") and a saying
verb with the comma, colon or "that" that leads to the next quotation."""
MIN_QUOTED_WORDS = 2
"""Words the first quotation must hold before its frame: less is a phrase in marks, no quotation."""
_OPENING_BEFORE = " \t(\n—–-"
"""What stands before a straight mark that opens a quotation (a space, a bracket, a dash, the paragraph's start)."""


def closed_before_frames(text: str) -> str:
    """The text with each unclosed quotation closed before the frame of the quotation that follows it (see
    the module's docstring); the same length, so every offset holds."""
    if '"' not in text and "“" not in text:
        return text
    chars: list[str] | None = None
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        for space, mark in _repairs(text, start, end):
            chars = chars if chars is not None else list(text)
            chars[space] = mark
        start = end + 1
    return text if chars is None else "".join(chars)


def _repairs(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(where, closing mark) of each repair in the paragraph text[start:end]."""
    marks = [(i, c) for i in range(start, end) if (c := text[i]) in '"“”']
    straight = sum(c == '"' for _, c in marks)
    out = []
    opened: tuple[int, str] | None = None
    for i, c in marks:
        if c == "”" or c == '"' and not _opens(text, i, start):
            opened = None
            continue
        if c == '"' and straight % 2 == 0:
            opened = (i, c)  # straight marks that pair up: nothing is left open
            continue
        if opened is not None and opened[1] == c:
            frame = _FRAME.search(text, opened[0] + 1, i)
            if frame is not None and len(text[opened[0] + 1 : frame.start()].split()) >= MIN_QUOTED_WORDS:
                out.append((frame.start("space"), "”" if c == "“" else '"'))
        opened = (i, c)
    return out


def _opens(text: str, i: int, start: int) -> bool:
    """Whether a straight mark opens a quotation: at the paragraph's start or after a space, and before a word."""
    return (i == start or text[i - 1] in _OPENING_BEFORE) and i + 1 < len(text) and not text[i + 1].isspace()
