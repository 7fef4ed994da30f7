"""Sentences glued together with no space after the stop ("said on air tonight.When reached, a
spokesman declined"): pages built from summary cards, or copy edited carelessly, write them. Read as
they stand, the second sentence is the tail of the first (its words go to the first one's speaker,
its subject to no one) and every rule that reads a word after a space misses its first word; a
space is put back when the text is read, as line breaks and quotes are made plain there.

Only a plain lower-case word before the stop counts: an abbreviation ("vs.Smith"), an initial, a
capitalised token ("Node.Js", "U.S.The") or any part of an address ("www.example.Com",
"tips@desk.Org") does not; the next word must be a capitalised word ending at a space or a comma,
so "console.Log(" and "iPhone.AppStore" stay whole.
"""

from __future__ import annotations

import re

from brief.text.abbreviations import is_abbreviation

_QUICK = re.compile(r"[a-z][.?!]”?[A-Z]")
"""A cheap test, run in C, that a text may hold a glued stop at all."""
_GLUED = re.compile(r"(?<![\w.@/:\\-])(?P<word>[a-z]{2,})[.?!]”?(?=[A-Z][a-z]+[\s,;:])")


def unglue(text: str) -> str:
    """``text`` with a space after every stop that ends a sentence glued to the next."""
    if _QUICK.search(text) is None:
        return text
    return _GLUED.sub(lambda m: m.group() if is_abbreviation(m.group("word")) else m.group() + " ", text)
