"""A person's name the tagger ran on from a named thing's before it: "Captain of the Steve Irwin Paul Watson".

A ship, a hotel or a show named after a person ("the Steve Irwin") and its captain's name written right after it
read as one name; its job ("Captain of the Steve") was taken for a role, and the person was listed as "Irwin Paul
Watson". The writer names the thing with "the" before it ("the Steve Irwin") elsewhere in the same text, alone: the
words that complete that name belong to the thing, and the person is the name after them, when that opens with a
given name ("Paul Watson", whom "Mr Watson said" goes on with).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gender import first_names
from brief.actors.mentions import Mention, normalise

_THE_BEFORE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){1,3})\Z")
"""A thing's name opened by "the" right before the mention: its first words ("the Steve ")."""
_REACH_BEFORE = 60
"""Characters before the mention searched for the "the" that opens the thing's name."""
MIN_REST = 2
"""Words the person's own name keeps after the thing's: a given name and a surname."""


def _thing_words(text: str, m: Mention, words: list[str]) -> int:
    """How many of the mention's first words end a thing's name opened by "the" before it that the text writes
    again elsewhere; 0 when none does."""
    before = _THE_BEFORE.search(text, max(0, m.start - _REACH_BEFORE), m.start)
    if before is None:
        return 0
    head = " ".join(before.group(1).split())
    for k in range(1, len(words) - MIN_REST + 1):
        rest = words[k:]
        if rest[0] not in first_names():
            continue
        thing = re.compile(rf"\b[Tt]he\s+{re.escape(head)}\s+{re.escape(' '.join(words[:k]))}\b(?!\s+{re.escape(rest[0])})")
        if any(found.start() != before.start() for found in thing.finditer(text)):
            return k
    return 0


def thing_heads_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person's name that runs on from a thing's name (``_thing_words``) cut to the person's
    own words, the thing's added to its role."""
    out = []
    for m in mentions:
        words = m.surface.split()
        k = _thing_words(text, m, words) if m.kind == "person" and len(words) > MIN_REST else 0
        if k:
            start = m.start + len(m.surface) - len(m.surface.split(None, k)[k])
            surface = text[start : m.end]
            m = dataclasses.replace(m, start=start, surface=surface, name=normalise(surface),
                                    role=" ".join([*m.role.split(), *words[:k]]), after=words[k - 1].lower())
        out.append(m)
    return out
