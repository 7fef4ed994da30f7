"""List items inside a block: where numbered, lettered and bulleted items start.

Why a marker must be numbered consecutively: "1." or "a)" alone is as often a number ending a
sentence, an initial or a reference ("for 1. above") as a list item; a second marker of the
same style with the next value ("1. ... 2. ...", "(iv) ... (v) ...") is what makes a list.
An enumeration inside a sentence ("the bill would (1) raise taxes and (2) cut spending") is not
a list: a list's first item starts a line or follows a sentence end or a colon, or its items
start with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from brief.text.abbreviations import REFERENCE_WORDS

__all__ = ["marker_cuts"]

_BULLETS = "•⁃▪◦‣∙"
_ROMAN = {"i": 1, "v": 5, "x": 10}
# The punctuation of a list marker ("1.", "12.", "2.)", "3)", "a.", "A)", "(b)", "(iv)", "ii)",
# "• 9.", "⁃9."): found from the punctuation with fixed-width look-behinds (fast, in C; the
# first one rules out the usual sentence end, a word of five or more characters); the marker's
# start is then read backwards. A number has one or two digits (a list of a hundred items is a
# table, and "2024." ends sentences), a roman numeral two to four letters (ii to xviii; "i", "v"
# and "x" alone are read as letters too).
_MARKER_PUNCT = re.compile(
    rf"[.)](?<![^\s{_BULLETS}(]{{5}}[.)])(?:(?<=[\s{_BULLETS}][a-z\d][.)])|(?<=[\s{_BULLETS}]\d\d[.)])"
    rf"|(?<=[\s{_BULLETS}][a-z\d]\.\))|(?<=[\s{_BULLETS}]\d\d\.\))"
    rf"|(?<=[\s(][A-Z]\))|(?<=\([a-z\d]\))|(?<=\(\d\d\))"
    rf"|(?<=[\s(][ivxIVX]{{2}}\))|(?<=[\s(][ivxIVX]{{3}}\))|(?<=[\s(][ivxIVX]{{4}}\)))(?=\s)"
)
_MARKER_AT_START = re.compile(
    rf"\((?:\d\d?|[a-zA-Z]|[ivxIVX]{{2,4}})\)(?=\s)"
    rf"|(?:[{_BULLETS}]\s?)?(?:\d\d?|[a-z]|[ivx]{{2,4}})(?:\.\)|\.|\))(?=\s)"
    rf"|(?:[A-Z]|[IVX]{{2,4}})\)(?=\s)"
)
_BULLET = re.compile(rf"[{_BULLETS}](?=\s?\S)")
MARKER_MAX_CHARACTERS = 4
"""The longest number a marker has: two digits or a roman numeral of up to four letters (see above)."""
REFERENCE_WORD_CHARACTERS = 24
"""How far back the word before a marker is read: longer than any of the reference words ("Section")."""


def _roman(s: str) -> int:
    """The value of a roman numeral made of i, v and x (0 if it is not one)."""
    total = 0
    values = [_ROMAN.get(ch, 0) for ch in s.lower()]
    if 0 in values:
        return 0
    for k, v in enumerate(values):
        total += -v if k + 1 < len(values) and values[k + 1] > v else v
    return total


def _readings(n: str) -> list[tuple[str, int]]:
    """The ways a marker's number can count: digits, a letter, a roman numeral (``i`` is both)."""
    if n.isdigit():
        return [("digit", int(n))]
    out: list[tuple[str, int]] = []
    if len(n) == 1:
        out.append(("lower" if n.islower() else "upper", ord(n.lower()) - ord("a") + 1))
    roman = _roman(n)
    if roman:
        out.append(("roman-lower" if n.islower() else "roman-upper", roman))
    return out


def marker_cuts(text: str, lo: int, hi: int) -> list[int]:
    """Sorted offsets in text[lo:hi] where a list item starts (never ``lo`` itself)."""
    last: dict[tuple[str, str], tuple[int, int, bool]] = {}
    starts: list[int] = []
    for start, end, n, style in _markers(text, lo, hi):
        if start > lo and text[start - 1].isspace() and not text[start].isspace():
            before = _word_before(text, start - 1, lo)
            if before.lower() in REFERENCE_WORDS or before[-1:].isdigit():
                continue  # "Section 2.", "for 1. above", "won 3-2. 3.": a reference, not an item
        listy = _anchored(text, start, lo) or _capital_after(text, end, hi)
        for kind, value in _readings(n):
            key = (style, kind)
            prev = last.get(key)
            follows = prev is not None and prev[0] + 1 == value
            chain = prev[2] if follows and prev is not None else listy
            last[key] = (value, start, chain)
            if follows and chain and prev is not None:
                starts.append(start)
                starts.append(prev[1])
    if any(text.find(b, lo, hi) >= 0 for b in _BULLETS):
        for bm in _BULLET.finditer(text, lo, hi):
            if bm.start() == lo or text[bm.start() - 1].isspace():
                starts.append(bm.start())
    return sorted({x for x in starts if x > lo})


def _anchored(text: str, start: int, lo: int) -> bool:
    """Whether a marker starts its block or line, or follows a sentence end or a colon."""
    j = start
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j == lo or text[j - 1] == "\n":
        return True
    while j > lo and text[j - 1] in "\"'”’)":
        j -= 1
    return j > lo and text[j - 1] in ".!?:;"


def _capital_after(text: str, end: int, hi: int) -> bool:
    """Whether the item after a marker starts with a capital letter."""
    j = end
    while j < hi and text[j].isspace():
        j += 1
    return j < hi and text[j].isupper()


def _word_before(text: str, i: int, lo: int) -> str:
    """The word ending at ``i`` (a few characters at most are read)."""
    j = i
    stop = max(lo, i - REFERENCE_WORD_CHARACTERS)
    while j > stop and not text[j - 1].isspace():
        j -= 1
    return text[j:i]


def _markers(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str, str]]:
    """List markers in text[lo:hi] as (start, end, number, style)."""
    mk = _MARKER_AT_START.match(text, lo, hi)
    if mk is not None:
        yield _marker_parts(text, mk.end(), lo)
    for m in _MARKER_PUNCT.finditer(text, lo, hi):
        if mk is None or m.end() > mk.end():
            yield _marker_parts(text, m.end(), lo)


def _marker_parts(text: str, end: int, lo: int) -> tuple[int, int, str, str]:
    """Read a list marker backwards from the end of its punctuation."""
    style = ".)" if text[end - 1] == ")" and end - 2 >= lo and text[end - 2] == "." else text[end - 1]
    n_end = end - len(style)
    n_start = n_end
    while n_start > lo and n_end - n_start < MARKER_MAX_CHARACTERS and text[n_start - 1].isalnum():
        n_start -= 1
    start = n_start
    if style == ")" and start > lo and text[start - 1] == "(":
        style = "()"
        start -= 1
    elif start > lo and text[start - 1] in _BULLETS:
        start -= 1
    elif start - 1 > lo and text[start - 1].isspace() and text[start - 2] in _BULLETS:
        start -= 2
    return start, end, text[n_start:n_end], style
