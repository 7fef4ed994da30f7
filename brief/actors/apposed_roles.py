"""Whether the text gives a person a role in an apposition, which the tagger keeps out of the
mention's ``role`` ("Redrock's chief executive, Tom Avery, said"; "Tom Avery, the firm's chief
executive, said"). Such a person is no speaker "given no role" whom a later "the minister said"
may stand for: their role is another, written beside the name."""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_ROLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her)|[\w.-]+['’]s?)\s+(?:[\w-]+\s+){0,4}[a-z][\w-]*,\s*$", re.I)
"""A description, then a comma, right before the name: "Redrock's chief executive, ", "the union's leader, "."""
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an|its|their|his|her|[A-Z][\w.-]*['’]s?)\s+(?:[\w'’-]+\s+){0,5}?[a-z][\w-]*\s*[,;]")
"""A comma, then a description closed by another comma, right after the name: ", the firm's chief executive,"."""
ROLE_REACH = 60
"""Characters before a name searched for a description apposed to it: one of a few words."""


def apposed_role_words(text: str, mentions: list[Mention], name: str) -> set[str]:
    """The words, lower case, of descriptions set off by commas beside any mention of the person
    whose surname ends ``name`` (see the module's docstring); empty when none is."""
    surname = name.split()[-1]
    words: set[str] = set()
    for m in mentions:
        if m.kind != "person" or m.name.split()[-1] != surname:
            continue
        for found in (_ROLE_BEFORE.search(text, max(0, m.start - ROLE_REACH), m.start), _ROLE_AFTER.match(text, m.end)):
            if found is not None:
                words.update(re.findall(r"[a-z][\w-]*", found.group().lower()))
    return words
