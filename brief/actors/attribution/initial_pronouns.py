"""A given name's initial that spells the pronoun "I": "According to I. Tkachenko", "said I. Kovalchuk". Ukrainian
and Russian papers in English shorten a name so on every later mention; lower-cased, the tagger read the pronoun
and took "I" alone as the source, with ". Tkachenko, ..." as what was said."""

from __future__ import annotations

import re

_INITIAL_I = re.compile(r"\bI\.[ \u00a0](?=[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?\b)")
"""The capital I, its full stop glued to it, one space, then a capitalised word: the shape of an initial before a
surname. The pronoun ends a sentence so only in a comparison ("more than I."), rare in news and nearly always
inside a quotation, where the next word is the closing mark."""

_OPENERS = frozenset(
    "the a an he she it we they i you his her its our their this that these those there then but and or so yet "
    "if when while as in on at for of to by with from after before now however meanwhile still also".split()
)
"""Words that open a new sentence after "I." as a comparison's end ("better than I. But ..."): closed-class words
a surname never is; after them the "I" stays the pronoun."""


_WORD = re.compile(r"[\w'’-]+")


def initial_offsets(text: str) -> set[int]:
    """Character offsets of each "I" that is an initial before a surname, not the pronoun."""
    out: set[int] = set()
    for m in _INITIAL_I.finditer(text):
        nxt = _WORD.match(text, m.end())
        if nxt and nxt.group().lower() not in _OPENERS:
            out.add(m.start())
    return out
