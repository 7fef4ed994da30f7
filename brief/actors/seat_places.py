"""A place written between "the" and a seat's title is the seat, no person: "The South Dunmore MLA said:".

Why: the tagger, seeing capitalised words before a politician's letters, may type the seat a person
("South Dunmore"), and a quotation after the sentence was then that person's. A person's name is never written
after "the" and straight before a seat's letters or "councillor" ("the Kerry TD", "the Oakfield councillor"):
there the words name the seat or ward the title holds, and ``seat_descriptions`` reads the description whole.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.courtesies import SEAT_LETTERS
from brief.actors.mentions import Mention

_BEFORE = re.compile(r"\b[Tt]he\s+$")
"""Right before the mention: "the" (the description's own article)."""
_SEAT_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(SEAT_LETTERS))}|[Cc]ouncill?or|[Aa]lderman|[Aa]lderwoman)\b")
"""Right after the mention: a seat's letters, case-sensitive, or a ward's councillor."""
BEFORE_REACH = 5
"""Characters before a mention read for its "the"."""


def seats_placed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each person written as "the <seat> MLA" retyped the place it is (see above)."""
    return [dataclasses.replace(m, kind="place") if m.kind == "person" and _BEFORE.search(text, max(0, m.start - BEFORE_REACH), m.start)
            and _SEAT_AFTER.match(text, m.end) else m for m in mentions]
