"""Two people under one plural title: "Princes William and Harry", "Senators Kerry and Kennedy said".

Why: the tagger reads the plural title into the first name ("Princes William", "Senators Kerry": a person no one
is) and the second name alone, sometimes a body ("Harry"). English writes the title once, in the plural, for
both: each is the title's holder, named as the singular would name them ("Prince William" beside "Prince Harry",
"Kerry" with the role "Senator").
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gazetteer import TITLES
from brief.actors.mentions import Mention

ROYAL_TITLES = frozenset({"Prince", "Princess", "King", "Queen"})
"""Titles a royal's name keeps ("Prince Edmund" is the name the singular gives): each of the pair is named so."""
_AND_NAME = re.compile(r"\s+(?:and|&)\s+$")


def _singular(word: str) -> str | None:
    """ "Princes" -> "Prince", "Princesses" -> "Princess", "Senators" -> "Senator": a title's plural, else None."""
    for cut in ("es", "s"):
        if word.endswith(cut) and word[: -len(cut)].lower() in TITLES and word[: -len(cut)][:1].isupper():
            return word[: -len(cut)]
    return None


def _holder(m: Mention, title: str, start: int, text: str) -> Mention:
    name = text[start : m.end]
    return dataclasses.replace(m, start=start, surface=name, kind="person", role=m.role or title,
                               name=f"{title} {name}" if title in ROYAL_TITLES else name)


def plural_titles_split(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a person's name opening with a title's plural and followed by "and" and a second name
    cut to the first holder, and that second name made the title's second holder (see the module's docstring)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        words = m.surface.split()
        title = _singular(words[0]) if m.kind == "person" and len(words) >= 2 else None
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if title is None or nxt is None or nxt.kind == "place" or not _AND_NAME.fullmatch(text[m.end : nxt.start]):
            continue
        out[i] = _holder(m, title, m.start + m.surface.index(words[1]), text)
        out[i + 1] = _holder(nxt, title, nxt.start, text)
    return out
