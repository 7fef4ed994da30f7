"""A surname that is a people's name, after a given name: "Rebecca English of the Daily Mail recalled", "Tom French
said". The tagger read the second word as a demonym, a mention of England's country, and the first as nothing;
the person's words went to the United Kingdom.

Why: a capitalised demonym right after a known given name, with only a space between, is that person's surname; a
demonym that describes ("Tom's English teacher", "Anna, an English nurse") has no given name right before it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.phrasing import is_noun

_GIVEN_BEFORE = re.compile(r"(?:^|(?<=[\s\"“(]))([A-Z][a-z]+) $")
"""A capitalised word and one space right before the demonym: the given name it would be the surname of."""
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
"""The lower-case word after the demonym: a noun there is what it describes ("in May English fans cheered")."""
_NOT_GIVEN = frozenset("January February March April May June July August September October November December "
                       "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
"""Given names that are also months or days: "in May English fans" holds no person."""


def demonym_surnames(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each one-word demonym right after a known given name made that person's full name."""
    out: list[Mention] = []
    for m in mentions:
        after = _WORD_AFTER.match(text, m.end)
        if m.demonym and " " not in m.surface and not (after is not None and after.group(1) != "who"
                                                       and is_noun(after.group(1))):
            given = _GIVEN_BEFORE.search(text, max(0, m.start - 20), m.start)
            if given is not None and given.group(1) in first_names() and given.group(1) not in _NOT_GIVEN and not any(
                    o.start <= given.start(1) < o.end for o in mentions):
                name = f"{given.group(1)} {m.surface}"
                m = dataclasses.replace(m, start=given.start(1), name=name, surface=name, kind="person", demonym=False)
        out.append(m)
    return out
