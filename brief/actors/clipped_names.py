"""A body's name clipped to the opening of its first word after "the": "the Met" of the Metropolitan
Police, "the Fed" of the Federal Reserve.

Why: British and American news names a body in full once and then by its clipped word, which the
tagger, reading a few words at a time, often leaves untagged or reads as a thing ("A spokeswoman for
the Met said"); the body's statement was then lost. Where the article names the body in full, the
clipped word written after "the" and not run on into a longer name ("the Met Office") is looked for
as that body's name, and brief.actors.short_forms joins it to the full one.
"""

from __future__ import annotations

import re

# (?=[Tt]) changes no match: the scan skips to a T rather than try \b everywhere (a quarter faster)
_CLIPPED = re.compile(r"(?=[Tt])\b[Tt]he\s+([A-Z][a-z]{2,})\b(?!['’]?\s*[A-Z])")
"""A capitalised word after "the", no capitalised word after it ("the Met said", not "the Met Office")."""
MIN_CLIPPED = 3
"""Shortest clipped word ("Met", "Fed"): shorter openings begin too many words."""
MIN_FULL_WORD = 6
"""Shortest first word of a full name a clipped form stands for ("Federal", "Metropolitan"): a short
word clipped leaves two letters, or is a word of its own."""


def clipped_names(known: dict[tuple[str, ...], str], text: str) -> list[tuple[str, ...]]:
    """The clipped words the text writes after "the" for bodies it names in full (known as ORG, of two
    words or more, whose first word opens with the clipped word and is longer than it)."""
    firsts = {words[0] for words, label in known.items()
              if label == "ORG" and len(words) >= 2 and len(words[0]) >= MIN_FULL_WORD}
    out: list[tuple[str, ...]] = []
    for m in _CLIPPED.finditer(text):
        word = m.group(1)
        if len(word) >= MIN_CLIPPED and (word,) not in out and any(_clipped(word, f) for f in firsts):
            out.append((word,))
    return out


_DERIVING_ENDINGS = frozenset("s es al ial ian ic ical ary ery er ers ed ing ly ist ism".split())
"""What turns a word into another one ("President" -> "Presidential", "Nation" -> "National"): the full
word is then derived from the clipped one, no clipping of it ("the President" of "Presidential
Communications Office" is the head of state)."""


def _clipped(word: str, full: str) -> bool:
    """Whether ``word`` is ``full`` clipped ("Met" of "Metropolitan"), not the word ``full`` is derived from."""
    return full != word and full.startswith(word) and full[len(word) :] not in _DERIVING_ENDINGS
