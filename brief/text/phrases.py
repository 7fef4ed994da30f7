"""Where a phrase (a name) stands in a text as whole words, found without a regular expression.

Finding a name as ``re.search(rf"(?<!\\w){re.escape(name)}(?!\\w)", text)`` compiles a pattern per
name, ~0.3 ms each, and an article has hundreds of names: on a pile of articles that compiling was
the largest single cost of reading actors. ``str.find`` and a look at the characters either side
give the same spans. The spans are kept per (text, phrase): the rules ask the same name's spans in the
same article again and again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


def _word_char(c: str) -> bool:
    """What ``\\w`` matches (Unicode letters, digits and the underscore)."""
    return c.isalnum() or c == "_"


SPANS_KEPT = 1024
"""(text, phrase) pairs whose spans are kept. Over 125 news articles the rules asked ~25,000 times, 85% of
them a pair asked before (the personhood, thinghood and sign rules each look a name up again); an article
asks a few dozen distinct pairs, so this keeps many articles' worth, and at most this many texts alive."""


def phrase_spans(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    """Each (start, end) of ``phrase`` in ``text`` with no word character right before or after it,
    left to right and not overlapping: what ``(?<!\\w)phrase(?!\\w)`` finds."""
    return iter(_spans(text, phrase))


@lru_cache(maxsize=SPANS_KEPT)
def _spans(text: str, phrase: str) -> tuple[tuple[int, int], ...]:
    """``phrase_spans``, worked out once per (text, phrase)."""
    out: list[tuple[int, int]] = []
    if not phrase:
        return ()
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            out.append((at, end))
            at = text.find(phrase, end)
        else:
            at = text.find(phrase, at + 1)
    return tuple(out)


def has_phrase(text: str, phrase: str) -> bool:
    """Whether ``phrase`` stands in ``text`` as whole words (see ``phrase_spans``)."""
    return bool(_spans(text, phrase))


def _boundary(text: str, at: int) -> bool:
    """What ``\\b`` matches at ``at``: a word character on one side of it and none on the other."""
    return (at > 0 and _word_char(text[at - 1])) != (at < len(text) and _word_char(text[at]))


def bounded_count(text: str, phrase: str) -> int:
    """How many times ``re.findall(rf"\\b{re.escape(phrase)}\\b", text)`` finds ``phrase``, without a
    pattern compiled per phrase (as ``phrase_spans``; ``\\b`` differs from it beside a non-word
    character: "U.S." is bounded before a letter, not before a space)."""
    if not phrase:
        return len(re.findall(r"\b\b", text))
    count = 0
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if _boundary(text, at) and _boundary(text, end):
            count += 1
            at = text.find(phrase, end)
        else:
            at = text.find(phrase, at + 1)
    return count
