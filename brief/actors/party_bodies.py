"""Parties of the parliaments of Ireland, the UK, Canada, Australia and New Zealand that the tagger reads as
people: "Fianna Fáil will insist on respect", "Sinn Féin's finance spokesperson".

Why: the tagger learned names from English shapes, and an Irish or Welsh party name of two capitalised words
("Fianna Fáil", "Fine Gael", "Plaid Cymru") looks like a given name and a surname; the party was listed as a
person, and a "he" near it (a minister of the party speaking) went to the party. Each name here is only ever a
party, so it is a body wherever it stands. "the Texas Democrat" is read by the tagger as a body too, and is
one lawmaker named before (``epithets``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.epithets import PARTY_MEMBERS
from brief.actors.mentions import Mention

PARTY_NAMES = frozenset({
    "Fianna Fáil", "Fianna Fail", "Fine Gael", "Sinn Féin", "Sinn Fein", "Aontú", "Aontu", "Plaid Cymru",
    "Lib Dems", "Liberal Democrats", "Bloc Québécois", "Bloc Quebecois", "Te Pāti Māori", "Te Pati Maori",
    "NZ First", "New Zealand First", "One Nation", "Reform UK", "People Before Profit", "Social Democrats",
})
"""Party names of these parliaments, each written only for the party (no person or place bears them)."""


def party_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each party of ``PARTY_NAMES`` typed an organisation, and without a place's party member
    ("the Texas Democrat": ``epithets.PARTY_MEMBERS``), which is one lawmaker named before, not a body."""
    return [dataclasses.replace(m, kind="organization") if m.name in PARTY_NAMES and m.kind != "organization" else m
            for m in mentions if not _member_epithet(text, m)]


_THE = re.compile(r"\b[Tt]he\s+$")


def _member_epithet(text: str, m: Mention) -> bool:
    """Whether ``m`` is "the" + a place + a party member ("the Texas Democrat said")."""
    words = m.name.split()
    return len(words) >= 2 and words[-1] in PARTY_MEMBERS and _THE.search(text, max(0, m.start - 4), m.start) is not None
