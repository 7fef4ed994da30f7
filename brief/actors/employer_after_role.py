"""A role set off between two names is the first one's: "Dana Reyes, vice president and general manager,
Quorvex storage, said": the role is Dana Reyes's, and the name after it her employer or its unit, which the
role-reader also gave it (the shape "its chief, Dana Reyes," read backwards). Such a second name keeps no role,
so the firm is not taken for a person on the strength of its officer's title."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_SET_OFF = re.compile(r",\s+(.+?),\s+\Z", re.S)


def roles_left_to_the_name_before(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with a role written between a person's name and another name cleared from the second."""
    ends = {m.end: m for m in mentions if m.kind == "person" and m.role}
    out = list(mentions)
    for i, m in enumerate(out):
        if m.kind != "person" or not m.role:
            continue
        for end, before in ends.items():
            if end < m.start and before is not m and before.role == m.role:
                gap = _SET_OFF.match(text[end : m.start])
                if gap and " ".join(gap.group(1).split()) == m.role:
                    out[i] = dataclasses.replace(m, role="")
                    break
    return out
