"""A Chinese surname that is also an English pronoun: "Ms He Ting Ru, MP for Sengkang, said", "He Jiankui
said". The tagger reads "He" as the pronoun and tags the given names alone ("Ting Ru"), so the person is
listed as "Ting Ru" and "Ms He" as another one, "He".

A capitalised "He" or "She" right before a person's name, with nothing between, is no pronoun: English puts
no name straight after a subject pronoun. The word is then the name's first, and a courtesy's mention of it
("Ms He") is the same person's, joined to the name it opens.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.mentions import Mention

_SURNAME_BEFORE = re.compile(r"(?:^|(?<=[^\w'’-]))(He|She)[ \xa0]$")
"""The surname spelt as a pronoun, one space before the name."""


def pronoun_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person's name the tagger began past a surname spelt "He" or "She" made whole,
    and a mention of that word alone at the same place dropped (it is the same name)."""
    joined: dict[int, Mention] = {}
    for m in mentions:
        if m.kind != "person" or m.start < 3 or not m.name[:1].isupper():
            continue
        found = _SURNAME_BEFORE.search(text, max(0, m.start - 4), m.start)
        if found is None:
            continue
        start = found.start(1)
        joined[id(m)] = dataclasses.replace(m, start=start, name=f"{found.group(1)} {m.name}",
                                            surface=text[start : m.end])
    if not joined:
        return mentions
    covered = {(j.start, j.start + len(j.name.split()[0])) for j in joined.values()}
    return [joined.get(id(m), m) for m in mentions if (m.start, m.end) not in covered]
