"""The one person the text named with an office, whom "the Prime Minister" or "the Home Secretary" written with no
name refers back to; not a holder of it in the past or in waiting ("former prime minister", "shadow home secretary").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

NOT_IN_OFFICE = frozenset({"former", "shadow"})
"""Words of a role whose holder does not hold the office the rest names ("shadow home secretary" for "the Home
Secretary")."""


_SERVED = re.compile(r"\s+to\s+.*$", re.S)
"""A role's "to" and what follows it: whom the holder serves or where they are sent ("Special Adviser to the
President", "Ambassador to France"), another's office, not theirs."""


def own_office(role: str) -> str:
    """The words of a role that are the holder's own office: "Special Adviser to the President" is an adviser's, so
    "the President" written later is not this person."""
    return _SERVED.sub("", role)


def out_of_office(role: set[str], words: Sequence[str]) -> bool:
    """Whether a role says its holder is not in the office a description's ``words`` name: "former" or "shadow" in the
    role and not in the description ("the prime minister" is no "former prime minister")."""
    return bool((role & NOT_IN_OFFICE) - set(words))


def office_holder(before: Sequence[Mention], words: tuple[str, ...]) -> Mention | None:
    """The one person named before with every word of the office in their role ("Prime Minister Ada
    Quinn" for "the Prime Minister"), the latest mention of them; None when no one or several
    people hold it here: an office the text gives no one is not guessed from who is named."""
    if not words:
        return None
    holders: dict[str, Mention] = {}
    for m in before:
        role = set(own_office(m.role).lower().replace("-", " ").split())
        if m.kind == "person" and not m.demonym and set(words) <= role and not out_of_office(role, words):
            holders[m.name.split()[-1]] = m  # "Prime Minister Quinn", "Prime Minister Ada Quinn": one
    if len(holders) != 1:
        return None
    return next(iter(holders.values()))
