"""Closed quotations and brackets inside a block, where the sentence splitter does not cut.

Why: a quotation keeps its inner ``. ! ?`` ("'Well!' thought Alice, 'after such a fall ... at
home! Why, ...'", and in news ``"We lost. We will regroup," she said.``): the sentence is the
quotation with its attribution, and cutting inside leaves a quote without a speaker and a
"she said" without a quote. The same holds for a parenthesis or a bracket.

A quotation mark opens only where a word starts (after a space, a bracket or a dash, before a
non-space) and closes only where a word ends (after a non-space, before a non-letter), so
apostrophes ("don't", "dragon's") never open or close anything; an opening mark with no closing
one protects nothing, so an unclosed quote (a quotation continued in the next paragraph, an
inch mark) never swallows the sentences after it.

An opening mark that is never closed must not pair with a later quotation's closing mark and
protect the narrative in between, so the pairing is resynchronised: a curly opening mark opens
wherever it stands (``said:“We``), a straight one opens after a colon (``said:"We``), a straight
mark that can be neither (``a " b``, ``x"y``) cancels the open quotation, a single quote closes
after an "s" before punctuation (``'for the kids'.``), and nothing stays open across a paragraph
start (a paragraph that continues a quotation reopens it, as news style does).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["protected_spans", "MAX_PROTECTED_CHARS", "doubled_as_curly"]

# The longest quotation or parenthesis whose inner boundaries are suppressed. In DUC 2004 and
# CNN/DailyMail dev text (375 documents) the 920 closed quotations and parentheses that hold a
# sentence end are at most 459 characters long; a longer pairing is more likely a missing mark
# pairing two unrelated quotes, and cutting is the safer error.
MAX_PROTECTED_CHARS = 600

# One character class first (so the scan runs in C), then look-arounds name what was found:
# an opening or closing double quote (straight, curly, guillemet, TeX ```` ``''``, NYT plain
# text's ``''...''``: a doubled mark opens where a word starts, closes where one ends), single
# quote, or bracket. A single quote opens only before a letter ("'90s" opens nothing) and does not close
# after an "s" ("the players' union" is a possessive).
_OPEN_BEFORE = r"(?<![^\s(\[{—–-]"
_TOKEN = re.compile(
    r"[`“\"«‘'”»’()\[\]](?:"
    rf"(?<=[“\"«]){_OPEN_BEFORE}.)(?=\S)(?P<od>)"
    rf"|(?<=``|''){_OPEN_BEFORE}..)(?=\S)(?P<ot>)"
    rf"|(?<=[‘']){_OPEN_BEFORE}.)(?=[^\W\d_])(?P<os>)"
    r"|(?<=[”\"»])(?<=\S.)(?![^\W_])(?P<cd>)"
    r"|(?<='')(?<=\S..)(?![^\W_])(?P<ct>)"
    r"|(?<=[’'])(?<=[^\ssS].)(?!['\w])(?P<cs>)"
    r"|(?<=[’'])(?<=[sS].)(?=[.,;:!?)])(?P<cp>)"
    r"|(?<=[(\[])(?P<ob>)"
    r"|(?<=[)\]])(?P<cb>)"
    r"|(?<=“)(?P<oc>)"
    r"|(?<=\")(?<=:.)(?=\S)(?P<oa>)"
    r"|(?<=\")(?P<lost>))"
)


def protected_spans(text: str, lo: int, hi: int, breaks: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Disjoint, sorted ``(start, end)`` spans of text[lo:hi] inside closed quotes or brackets.

    ``start`` is just after the opening mark, ``end`` at the closing mark. ``breaks`` are sorted
    paragraph starts inside the block: nothing open before one stays open after it (a paragraph
    that continues a quotation reopens it, as news style does).
    """
    spans: list[tuple[int, int]] = []
    open_double = -1
    open_single = -1
    brackets: list[int] = []
    bi = 0
    for m in _TOKEN.finditer(text, lo, hi):
        if bi < len(breaks) and breaks[bi] <= m.start():
            while bi < len(breaks) and breaks[bi] <= m.start():
                bi += 1
            open_double = open_single = -1
            brackets.clear()
        kind = m.lastgroup
        if kind == "od" or kind == "ot" or kind == "oc" or kind == "oa":
            open_double = m.end()
        elif kind == "lost":
            open_double = -1  # a straight quote that neither opens nor closes: the pairing is lost
        elif kind == "os":
            open_single = m.end()
        elif kind == "cd" or kind == "ct":
            if open_double >= 0:
                close = m.start() - (kind == "ct")
                if close - open_double <= MAX_PROTECTED_CHARS:
                    spans.append((open_double, close))
                open_double = -1
        elif kind == "cs" or kind == "cp":
            if open_single >= 0:
                if m.start() - open_single <= MAX_PROTECTED_CHARS:
                    spans.append((open_single, m.start()))
                open_single = -1
        elif kind == "ob":
            brackets.append(m.end())
        elif kind == "cb" and brackets:
            start = brackets.pop()
            if m.start() - start <= MAX_PROTECTED_CHARS:
                spans.append((start, m.start()))
    if len(spans) < 2:
        return spans
    spans.sort()
    merged = [spans[0]]
    for a, b in spans[1:]:
        pa, pb = merged[-1]
        if a <= pb:
            if b > pb:
                merged[-1] = (pa, b)
        else:
            merged.append((a, b))
    return merged


_DOUBLED_OPENING = re.compile(r"(?<![^\s(\[{—–-])(?:``|''|‘‘)(?=[^\s'`‘’])")
_DOUBLED_CLOSING = re.compile(r"(?<=\S)(?:''|’’)(?![^\W_])")


def doubled_as_curly(text: str) -> str:
    """The text with quotation marks written doubled (``...'' and ''...'', the New York Times' and
    the wire services' plain-text style) turned into curly ones, of the same length: an opening mark
    where a word starts becomes " “", a closing one where a word ends "” ". Readers of quotations
    (who said “...,” and what) know curly and straight marks; a doubled apostrophe they took for
    two apostrophes, so "''I have admiration for the mechanics'' of the proposals, Mr. Holtz-Eakin
    said" gave what was said with its speaker inside. Curly single marks doubled (‘‘...’’, and
    “...,’’ where a page closed a quotation with two of them) are read the same way."""
    if "''" not in text and "``" not in text and "’’" not in text and "‘‘" not in text:
        return text
    text = _DOUBLED_OPENING.sub(" “", text)
    return _DOUBLED_CLOSING.sub("” ", text)
