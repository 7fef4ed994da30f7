"""One wording of an actor's position for every output: the reader, Markdown and the printed text.

The actor finder words each position as a line in the present ("calls on Hamas to accept …",
``Position.summary``) and shortens a long one with "…", which suits the printed list. The reader
and the Markdown export show every position whole, in the same words: the shortened tail is
restored from the position's own text (``Position.text``), which the summary's body ends with.
"""

from __future__ import annotations

from brief.model import Position

CUT = "…"
"""What the actor finder puts where it shortened a summary (before the closing mark of a quote)."""

ANCHOR_WORDS = (6, 5, 4, 3, 2)
"""How many of the summary's last words to look for in the text, longest first: six words almost
always occur once; fewer are tried for a summary that ends in words its text spells differently."""


def wording(position: Position) -> str:
    """The position as the printers word it (``says …``, ``calls on …``), never shortened."""
    summary = " ".join(position.summary.split())
    if not summary:
        return " ".join(position.text.split())
    closing = "”" if position.quote else ""
    if not summary.endswith(CUT + closing):
        return summary
    cut = summary[: len(summary) - len(CUT + closing)]
    rest = _rest(cut, _body(position.text, position.quote))
    return summary if rest is None else cut + rest


def _body(text: str, quote: bool) -> str:
    """``text`` spelt as a summary's body: one-spaced, quote marks as the actor finder sets them."""
    body = " ".join(text.split()).strip(" ,;:")
    if quote:
        return "“" + body.strip("\"“”").rstrip(" ,;:") + "”"
    return body.replace("“", "‘").replace("”", "’").replace('"', "'")


def _rest(cut: str, body: str) -> str | None:
    """What follows ``cut``'s last words in ``body``; None when they cannot be found there.

    Of several places, the one nearest to where the cut stands in the body wins (the summary's
    body is the text give or take a few words at its start).
    """
    words = cut.split()
    for n in ANCHOR_WORDS:
        if len(words) <= n:
            continue
        anchor = " ".join(words[-n:])
        ends: list[int] = []
        start = body.find(anchor)
        while start >= 0:
            ends.append(start + len(anchor))
            start = body.find(anchor, start + 1)
        if ends:
            end = min(ends, key=lambda e: abs(e - len(cut)))
            return body[end:]
    return None
