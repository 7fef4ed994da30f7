"""A name set off in commas between the source the tagger found and its cue: "Its managing director, Dr. Ada Obi,
appealed to both sides to ...", where the source tagger stopped at "Its managing director".

Why: the tagger walks outward from the cue and, for verbs it learned less well, takes the description before the
commas and leaves the name in them; the description alone names no one ("Its managing director"), so the statement
was lost. The name and the description are one source, as the tagger gives them after "urged".
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc

MAX_NAME_TOKENS = 6
"""Tokens of a name set off in commas, title and initials included ("Dr. Ada N. Obi")."""
MIN_NAME_WORDS = 2
"""Capitalised words of such a name: one alone may be a place or a description ("Its chief, Lagos, ...")."""


def apposed_source(doc: Doc, c0: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """``src`` run on over a name in commas that stands between it and the cue at ``c0`` (the name alone when the
    tagger found no source: "Its managing director, Dr. Ada Obi, appealed"); else ``src``."""
    if c0 < 3 or doc.raw[c0 - 1] != ",":
        return src
    start = src[1] if src is not None else _name_start(doc, c0 - 1)
    if start is None or start >= c0 - 2 or doc.raw[start] != "," or doc.sent[start] != doc.sent[c0]:
        return src
    name = range(start + 1, c0 - 1)
    if len(name) > MAX_NAME_TOKENS or not all(doc.shapes[k] in ("Xx", "X") or doc.raw[k] == "." for k in name):
        return src
    if sum(doc.shapes[k] == "Xx" for k in name) < MIN_NAME_WORDS:
        return src
    return (src[0] if src is not None else start + 1, c0 - 1)


def _name_start(doc: Doc, comma: int) -> int | None:
    """The comma before the capitalised words that end at ``comma``, or None."""
    k = comma - 1
    while k > 0 and comma - k <= MAX_NAME_TOKENS and (doc.shapes[k] in ("Xx", "X") or doc.raw[k] == "."):
        k -= 1
    return k if k < comma - 1 and doc.raw[k] == "," else None
