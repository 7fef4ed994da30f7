"""A party named by its nickname and by its name in one story: "calls from the Tories" and "the Conservatives'
letter" are one party, as "the GOP" and "Republicans" are.

Why: grouping joins names by their words and initials, and a nickname shares neither with the name ("Tories" /
"Conservatives"); British, American and Canadian political news writes both, often in one paragraph, and the
party was listed twice, its statements split between the two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.grouping import Group

PARTIES = (
    ("Conservatives", "Conservative Party", "Conservative", "Tories", "Tory Party", "Tory"),
    ("Republicans", "Republican Party", "GOP", "G.O.P."),
    ("Liberal Democrats", "Lib Dems", "LibDems"),
    ("Liberals", "Liberal Party", "Grits"),
)
"""Each party's names, the group to join the others into first: a nickname joins only a name of its own party
written in the story (the actor is then named as the grouping names any group, by its mentions)."""


def join_party_nicknames(groups: dict[tuple[str, str], Group]) -> None:
    """Join each organisation group named by one of a party's names to the group of its first-written form
    present (the name, not the nickname)."""
    for names in PARTIES:
        present = [groups[("organization", n)] for n in names
                   if ("organization", n) in groups and groups[("organization", n)].mentions]
        for other in present[1:]:
            present[0].mentions.extend(other.mentions)
            other.mentions.clear()
