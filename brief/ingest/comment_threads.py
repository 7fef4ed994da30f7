"""Readers' comments kept under the story: the thread from its first comment's signature on.

A news page or blog of the 2000s signs each reader's comment with a line of its own, "Posted by: NAME |
January 5, 2008 06:24 PM", "Posted by NAME on January 5, 2008 2:09 PM Report this comment", "Posted by:
NAME of TOWN 2:19pm January 5, 2008", and trafilatura may keep the thread with the story: the readers'
opinions then read as the story's sentences. A thread is told by its signatures: at least
``MIN_SIGNATURES`` such lines, each with a time of day, by at least two names (one writer signing several
posts is a blog's page of posts, not a thread). The text from the first signature to the last is
dropped, and what follows the last too when it holds fewer words of sentences than ``TAIL_PROSE_WORDS``
(the comment form's notes, the page's footer): trafilatura may set the thread before the story, which
then follows the last signature. Most of these systems sign a comment under its text, so the first
comment's text (before the first signature) stays: where the story ends and that comment begins is
not told by the lines alone.
"""

from __future__ import annotations

import re

from brief.text.sentence_stops import FULL_STOP_AT_LINE_END

MIN_SIGNATURES = 2
"""Signatures a thread needs: one is a post's own byline ("Posted by NAME at 12:03 PM")."""

STORY_MIN_WORDS = 50
"""Words before a thread: a signature over the text ("Posted by NAME at 9:15 AM" heading a blog's post)
is the post's byline, and its thread starts at a later signature."""

SIGNATURE_MAX_WORDS = 20
"""A signature is a line of its own (a name, a town, a date, "Report this comment"); a longer line that
begins so is a comment run into its signature."""

TAIL_PROSE_WORDS = 200
"""Words in lines ending like a sentence after the last signature that are the story set after the thread,
not the comment form's notes and the page's footer (as brief.ingest.page_tail)."""

_SENTENCE_END = FULL_STOP_AT_LINE_END
_SIGNATURE = re.compile(
    r"^(?:comment\s+)?posted\s+by\s*:?\s+(?P<name>[^|\n]{1,60}?)\s*(?:\||\bon\b|\bat\b|\bof\b|\d)", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b\.?)?", re.I)


def _signer(line: str) -> str | None:
    """The name signing a line that is a comment's signature, else None."""
    found = _SIGNATURE.match(line)
    if found is None or len(line.split()) > SIGNATURE_MAX_WORDS or not _TIME.search(line):
        return None
    return found.group("name").strip().casefold()


def without_comment_thread(lines: list[str]) -> list[str]:
    """The lines without a thread of readers' comments signed line by line (nor the page's tail after it)."""
    signed = [(n, name) for n, name in enumerate(map(_signer, lines)) if name is not None]
    for first, (n, _) in enumerate(signed):
        thread = signed[first:]
        if len(thread) < MIN_SIGNATURES or len({name for _, name in thread}) < 2:
            break
        if sum(len(line.split()) for line in lines[:n]) >= STORY_MIN_WORDS:
            rest = lines[thread[-1][0] + 1 :]
            if sum(len(line.split()) for line in rest if _SENTENCE_END.search(line)) < TAIL_PROSE_WORDS:
                rest = []
            return lines[:n] + rest
    return lines
