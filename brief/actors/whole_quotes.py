"""A quotation that goes on is its speaker's to its closing mark: “Well, I get it when I need it. I
don't have to be told – you know, I'm, like, a smart person. ...” — the rules that find a quotation
with no cue (``continued_quotes``, ``quotations_after_frames``, ``brief.actors.asides``) take it
sentence by sentence, and a sentence that does not open with a quote mark ended it; the speaker's
next sentences were no one's. A quotation that runs over paragraphs leaves its mark open at each
paragraph's end and opens the next with a new mark (the convention of English print): each such
paragraph is the same speaker's too, listed as a position of its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from brief.model import Sentence

if TYPE_CHECKING:  # speakers finds the quotations this widens, and asks it where one closes
    from brief.actors.speakers import Continued

QUOTED_PARAGRAPHS = 6
"""Paragraphs a quotation may run on over with no cue (a speech or a statement quoted at length);
after as many, a paragraph that opens with a quote mark is as likely another quotation."""

_OPENS = re.compile(r"[ \t\xa0]*(?P<mark>[“\"])")
CLOSING = {"“": re.compile("”"), '"': re.compile('"'), "‘": re.compile(r"’(?![a-z])"), "'": re.compile(r"'(?![a-z])")}
"""Each opening mark's close; a single one followed by a letter is an apostrophe ("it’s")."""


def partly_quoted(content: str) -> bool:
    """ "“criminal elements” for the looting": a content that opens with a quotation closed before
    its end, the writer's words after it; reported speech that quotes a phrase, not a quotation."""
    opened = _OPENS.match(content)
    if opened is None:
        return False
    closed = CLOSING[opened.group("mark")].search(content, opened.end())
    return closed is not None and re.search(r"\w", content[closed.end() :]) is not None


def quotation_end(text: str, start: int, mark: str, paragraph_end: int) -> tuple[int, bool]:
    """Where a quotation opened with ``mark`` before ``start`` closes, and whether it does: past its
    closing mark, or at its paragraph's end, where it stays open (news leaves a quotation that runs
    on to the next paragraph open there)."""
    closing = CLOSING[mark].search(text, start, paragraph_end)
    return (closing.end(), True) if closing is not None else (paragraph_end, False)


def whole_quotations(text: str, sentences: Sequence[Sentence], continued: Sequence[Continued],
                     cues: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]]) -> list[Continued]:
    """Each quotation found with no cue, widened to its closing mark in its paragraph (or to the
    paragraph's end, where it stays open), and after each one left open, the paragraphs that go on
    with it. A cue, or a statement already read, on the way stops the widening where it stands."""
    out: list[Continued] = []
    for item in continued:
        span, state = _widened(text, item.span, cues, taken)
        out.append(dataclasses.replace(item, span=span))
        for _ in range(QUOTED_PARAGRAPHS):
            following = _next_paragraph(text, span[1]) if state == _OPEN else None
            k = next((i for i, s in enumerate(sentences) if s.start == following), None)
            if following is None or k is None or _mark_at(text, following) != following:
                break
            if text[following] != text[_mark_at(text, item.span[0])] or any(
                    following <= c0 < paragraph_end(text, following) for c0, _ in cues):
                break  # another kind of mark, or a paragraph with a cue of its own: the model's to read
            span, state = _widened(text, (following, sentences[k].end), cues, taken)
            out.append(dataclasses.replace(item, sentence=k, span=span))
    return out


_CLOSED, _OPEN, _STOPPED = "closed", "open", "stopped"


def _widened(text: str, span: tuple[int, int], cues: Sequence[tuple[int, int]],
             taken: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], str]:
    """The span to its quotation's closing mark (closed), or to its paragraph's end where the mark
    stays open (open); the span as it is when it opens with no mark or closes inside it (closed), or
    when a cue or a statement already read stands before the close (stopped)."""
    mark_at = _mark_at(text, span[0])
    if mark_at < 0:
        return span, _CLOSED
    close_mark = CLOSING[text[mark_at]]
    if close_mark.search(text, mark_at + 1, span[1]) is not None:
        return span, _CLOSED
    line_end = paragraph_end(text, span[0])
    close, closed = quotation_end(text, span[1], text[mark_at], line_end)
    end = max(span[1], close if closed else len(text[:line_end].rstrip()))
    if any(span[1] <= c0 < end for c0, _ in cues) or any(a < end and span[1] < b for a, b in taken):
        return span, _STOPPED
    return (span[0], end), _CLOSED if closed else _OPEN


def _mark_at(text: str, start: int) -> int:
    """Where the double quote mark that opens the span stands, or -1."""
    opening = _OPENS.match(text, start)
    return opening.start("mark") if opening is not None else -1


def paragraph_end(text: str, offset: int) -> int:
    """Where the line (a paragraph of the article's text) that holds ``offset`` ends."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _next_paragraph(text: str, offset: int) -> int | None:
    """Where the paragraph after the one that holds the offset begins (past blank lines), or None."""
    end = text.find("\n", offset)
    if end < 0:
        return None
    rest = re.compile(r"\s*").match(text, end)
    assert rest is not None
    return rest.end() if rest.end() < len(text) else None
