"""A person's name after a courtesy title that the tagger read as a place: "said Dr Alison Cave", "Ms Ella
Brook".

Why: the tagger knows a surname that is also a place's word ("Cave", "Brook", "Hill") as part of places and
tags the whole name a place; the person, often the one quoted, is then lost. A courtesy title right before a
name that opens with a known given name says it is a person's, whatever the tagger read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from brief.actors.gender import first_names
from brief.actors.mentions import Mention

COURTESIES = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. prof prof.".split())
"""The courtesy titles written only before a person's name (as the word before the name, lower-cased)."""


def courtesy_people(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each place of two or more words after a courtesy title, opening with a given name,
    a person."""
    return [dataclasses.replace(m, kind="person")
            if m.kind == "place" and m.after in COURTESIES and len(m.name.split()) >= 2
            and m.name.split()[0] in first_names() else m
            for m in mentions]
