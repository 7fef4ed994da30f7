"""A nation's own government inside a larger state: "the Scottish Government said", "the Welsh government".

Why: "Scottish" and "Welsh" name the United Kingdom's people (``gazetteer``), and a country's government
speaks for the country ("the Israeli government said": Israel), so the devolved government's words went
to the United Kingdom, whose own government in London is another body that often disagrees with it. A
nation's demonym of this kind before a word of government names that body, in capitals or not, as the
Nigerian Army is named (``national_forces``).
"""

from __future__ import annotations

from collections.abc import Sequence

NATION_DEMONYMS = frozenset({"Scottish", "Welsh"})
"""Demonyms of a nation within a state that has its own government ("Scottish" of Scotland, inside the
United Kingdom); not "English", whose nation has no government apart from the state's."""
GOVERNING_WORDS = frozenset({"government", "executive", "parliament", "assembly"})
"""Words after such a demonym that name the nation's own governing body (lower case folded)."""


def body_after(words: Sequence[str], i: int) -> int:
    """How many words after index ``i`` (a demonym) name its nation's own government: 1 or 0."""
    if words[i] in NATION_DEMONYMS and i + 1 < len(words) and words[i + 1].lower() in GOVERNING_WORDS:
        return 1
    return 0


def proper(name: str) -> str:
    """The body's name spelt one way, however the page cased it ("Scottish government": Scottish Government);
    any other name as it is."""
    parts = name.split()
    if len(parts) == 2 and parts[0] in NATION_DEMONYMS and parts[1].lower() in GOVERNING_WORDS:
        return f"{parts[0]} {parts[1].capitalize()}"
    return name
