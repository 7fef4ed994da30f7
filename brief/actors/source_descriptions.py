"""A source written as a description ("the top US diplomat said") counts as a mention of whom it resolved to,
and shows among their aliases; a document or a post ("the statement read", "an internal memo seen by The Ledger",
"the caption read") names what they issued, not them, and a body's voice ("a council spokesman") is someone else.
"""

from __future__ import annotations

from brief.actors.body_voices import voice_of_body
from brief.actors.documents import AUTHORED
from brief.actors.post_authors import POST_NOUNS

BARE_VOICES = frozenset("spokesperson spokesman spokeswoman representative official".split())
"""One who speaks for a body, written with "a" and nothing else ("a spokesperson"): a voice, no alias."""


def source_description(written: str) -> str | None:
    """The description a source's words give its speaker ("the top US diplomat"), lower-cased at its article; None
    for a name, a list, a document, a post or a voice of a body ("a company spokesperson", "a spokesperson")."""
    first, _, rest = written.partition(" ")
    if first.lower() in ("a", "an") and rest.lower() in BARE_VOICES:
        return None  # "A spokesperson said": someone speaking for the body, no name of it
    if (first.lower() in ("the", "a", "an", "this") and rest and "," not in rest and not voice_of_body(written)
            and AUTHORED.isdisjoint(rest.lower().split()) and rest.lower() not in POST_NOUNS):
        return f"{first.lower()} {rest}"
    return None
