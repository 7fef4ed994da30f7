"""A stage name's bearer and the real name the text gives for it are one person: "Vexa Lane (real name: Marta
Ostrow) wrote", "Vexa Lane, whose real name is Marta Ostrow,".

News writes a performer by the name they perform under and gives the legal one once, in brackets or a clause;
a letter or a court filing then quotes "Marta Ostrow". Left apart, the one person is two actors and her
statements are split between them. The real name, and every other writing of it, is named as the stage name
(grouping then joins them; the surface keeps what the text wrote).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

_REAL_NAME = re.compile(r"\s*(?:\(\s*(?:real|birth|legal)\s+name:?\s+|,\s+(?:whose\s+(?:real|birth|legal)\s+name\s+is|"
                        r"born|real\s+name)\s+)")
"""Between a stage name and the real one: "(real name: ", "(birth name ", ", whose real name is ", ", born "."""


def real_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with a real name given right after a person's name, and its other writings, named as that."""
    starts = {m.start: m for m in mentions if m.kind == "person"}
    renamed: dict[str, str] = {}
    for m in mentions:
        gap = _REAL_NAME.match(text, m.end) if m.kind == "person" else None
        real = starts.get(gap.end()) if gap else None
        if real is not None and real is not m and " " in real.name and real.name != m.name:
            renamed[real.name] = m.name
    if not renamed:
        return list(mentions)
    return [dataclasses.replace(m, name=renamed[m.name]) if m.kind == "person" and m.name in renamed else m
            for m in mentions]
