"""Word tokens (interim regex version; being replaced)."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


def token_spans(text: str) -> list[tuple[int, int]]:
    """Spans of CoNLL/PTB-style tokens (words, numbers, punctuation) in ``text``."""
    return [m.span() for m in _TOKEN.finditer(text)]


def word_tokens(text: str) -> list[str]:
    """The words of ``text`` for summarizers: letters/digits only, punctuation dropped."""
    return [m.group() for m in _TOKEN.finditer(text) if m.group()[0].isalnum()]
