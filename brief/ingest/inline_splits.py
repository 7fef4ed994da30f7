"""A paragraph the extractor cut into lines at each bold or linked word in it.

A blog's story may run as bare text in a ``<div>`` (its paragraphs parted by ``<br>``s, not set in
``<p>``s), with each player or official it names in bold or linked: '... said head coach
<b>Paul Kell</b>. "If he feels good ..."'. trafilatura reads such text as pieces, each inline
element one of them, and brief would read each piece as a paragraph of its own: 'said head coach' /
'Paul Kell' / '. "If he feels good ..."'. The quotation then has no speaker and the name is a line
no sentence holds.

Two lines the extractor gives one after the other are one run of text when the page's source has
the end of the first and the start of the second parted only by inline tags that all open (the
name's ``<b>`` after "coach ") or all close (its ``</b>`` before ". "), and spaces. Two links side by
side (``</a> <a>``: a list of headlines) close one element and open another: they stay apart, as
does anything a block tag (``<br>``, ``<p>``, ``<div>``) parts.
"""

from __future__ import annotations

import html as entities
import re

EDGE_WORDS = 3
"""Words of each line's edge looked for around the inline tags: enough that two lines meeting by
chance elsewhere on the page are not taken for one run; a shorter line is looked for whole."""

_INLINE = frozenset("a abbr b big cite em font i small span strong u".split())
"""Elements a browser shows inside a line of text: the name in bold, a link, an emphasis."""

_OPEN, _CLOSE, _BLOCK = "\x01", "\x02", "\x00"
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*>")
_HIDDEN = re.compile(r"<(script|style|textarea|noscript)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_WORD = r"[^\s\x00-\x02]+"
_JUNCTION = re.compile(rf"({_WORD})(\s*)(?:([{_OPEN}])\s*(?:\3\s*)*|([{_CLOSE}])\s*(?:\4\s*)*)(?=({_WORD}))")
"""A word, then one or more inline tags all opening or all closing (with spaces), then a word."""


def _tag_mark(match: re.Match[str]) -> str:
    if match.group(2).lower() not in _INLINE:
        return _BLOCK
    return _CLOSE if match.group(1) else _OPEN


def _source_text(html: str) -> str:
    """The page's text as its source runs: each inline tag an opening or closing mark, any other tag
    a block mark, entities decoded, and scripts, styles and comments blanked."""
    return _INVISIBLE.sub("", entities.unescape(_TAG.sub(_tag_mark, _HIDDEN.sub(_BLOCK, html))))


def _separator(first: str, second: str, source: str, junctions: set[tuple[str, str]]) -> str | None:
    """What joins ``first`` to ``second`` when the source runs one into the other over inline tags
    alone (a space, or nothing before a stop or a comma), else None."""
    tail, head = first.split()[-EDGE_WORDS:], second.split()[:EDGE_WORDS]
    if not tail or not head or (tail[-1], head[0]) not in junctions:
        return None
    marks = rf"([\s{_OPEN}]*{_OPEN}[\s{_OPEN}]*|[\s{_CLOSE}]*{_CLOSE}[\s{_CLOSE}]*)"
    match = re.search(r"\s+".join(map(re.escape, tail)) + marks + r"\s+".join(map(re.escape, head)), source)
    if match is None:
        return None
    return " " if any(ch.isspace() for ch in match.group(1)) else ""


def with_inline_splits_joined(html: str, lines: list[str]) -> list[str]:
    """``lines`` with each run of lines the extractor cut at inline elements (see the module's
    docstring) made one line again."""
    if len(lines) < 2 or "<" not in html:
        return lines
    source = _source_text(html)
    junctions = {(m.group(1), m.group(5)) for m in _JUNCTION.finditer(source)}
    if not junctions:
        return lines
    out = [lines[0]]
    for previous, line in zip(lines, lines[1:]):
        joint = _separator(previous, line, source, junctions)
        if joint is None:
            out.append(line)
        else:
            out[-1] += joint + line
    return out
