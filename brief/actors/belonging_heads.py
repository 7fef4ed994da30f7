"""A plural of people around someone the tagger took into his name at a sentence's opening: "Relatives of Rich
Rodriguez have been harassed" gave a body "Relatives of Rich Rodriguez", and Rich Rodriguez, the story's subject,
was no one.

Why: at a sentence's start a capital says nothing, and "Relatives of", "Fans of", "Lawyers for" read as a body's
name's opening ("Friends of the Earth"). Cut to the person only where the rest is a person's name: it opens with a
common given name, or its surname is written elsewhere in the text as a name of its own ("Rodriguez said").
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gender import given_names
from brief.actors.mentions import Mention, normalise

_KIN_HEAD = re.compile(
    r"(?:Relatives|Family|Families|Parents|Friends|Fans|Supporters|Children|Neighbou?rs|Colleagues|Teammates|"
    r"Lawyers|Attorneys|Aides|Allies|Critics|Backers|Associates)\s+(?:of|for)\s+(?=[A-Z])")
"""People named by whom they belong to, and "of" or "for", before a capitalised word."""
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+")
"""A name of two or more capitalised words, and nothing else."""


def belonging_heads_cut(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each that opens with a plural of people around someone and "of" cut to the person's name
    (see the module's docstring)."""
    out = []
    for m in mentions:
        head = _KIN_HEAD.match(text, m.start, m.end)
        rest = text[head.end() : m.end] if head else ""
        if head is None or not _NAME.fullmatch(rest) or not _a_persons(rest, m, mentions):
            out.append(m)
            continue
        out.append(dataclasses.replace(m, start=head.end(), surface=rest, name=normalise(rest), kind="person"))
    return out


def _a_persons(name: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the name opens with a common given name or its surname is another mention's own last word."""
    words = name.split()
    return words[0] in given_names() or any(
        o is not m and o.kind == "person" and o.name.split()[-1:] == words[-1:] for o in mentions)
