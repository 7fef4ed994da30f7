"""A social-media handle is the account of someone the article names: "@MattBevin" is Matt Bevin.

The tagger reads a handle's run-together words as one name of its own ("MattBevin", typed a body), so the
actor list gained a second, misspelt entry beside the person. A handle whose words, split at their capitals,
hold a name the article writes out is that actor's mention.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_PARTS = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+")
"""A handle's words: capitalised runs, acronyms, lower-case runs ("realDonaldTrump" -> real Donald Trump)."""
MIN_NAME_WORDS = 2
"""Words of the written-out name a handle must hold: one word ("Bevin") may be any of the article's names."""


def handles_named(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each mention written right after "@" that holds, word for word, a name of two or more words written
    out elsewhere in the article, or that follows one in brackets, becomes a mention of that name, with its kind."""
    written = {tuple(m.name.lower().split()): m for m in mentions if not _handle(text, m)}
    out = []
    for mention in mentions:
        if _handle(text, mention):
            named = (_held_name([w.lower() for w in _PARTS.findall(mention.surface)], written)
                     or _bracketed_after(text, mention, mentions))
            if named is not None:
                mention = dataclasses.replace(mention, name=named.name, kind=named.kind, demonym=False)
        out.append(mention)
    return out


_BRACKET_BEFORE = re.compile(r"\s*\(@$")
"""Between a name and its account given in brackets right after it: "Police Scotland Highlands (@PSHighlands)"."""


def _bracketed_after(text: str, handle: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The name of several words the handle is given after in brackets ("X Y (@XYofficial)"), whose account it
    is whatever its letters: the text says so by the bracket."""
    return next((m for m in mentions if m.end < handle.start and " " in m.name and not m.demonym
                 and _BRACKET_BEFORE.fullmatch(text, m.end, handle.start)), None)


def _handle(text: str, mention: Mention) -> bool:
    return mention.start > 0 and text[mention.start - 1] == "@" and " " not in mention.surface


def _held_name(words: list[str], written: dict[tuple[str, ...], Mention]) -> Mention | None:
    """The longest written-out name whose words run together inside the handle's."""
    for size in range(len(words), MIN_NAME_WORDS - 1, -1):
        for first in range(len(words) - size + 1):
            named = written.get(tuple(words[first : first + size]))
            if named is not None:
                return named
    return None
