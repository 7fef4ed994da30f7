"""A body's well-known other name, which news English writes for the same body in one article: "the World Court"
for the International Court of Justice, "Scotland Yard" for the Metropolitan Police.

Why: the text never defines such a name ("proceedings before the World Court last year" after "the International
Court of Justice (ICJ)"), so neither acronym nor apposition joins them and the court was listed twice. Where the
article also names the body in full, the nickname's mentions are that body's; alone, it stays as written. A body's
well-known arm is named the same way by its parent and a word after it ("the European Union executive said" of the
European Commission): the tagger keeps the parent's name alone, which listed the union beside its commission.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.mentions import Mention

NICKNAMES: dict[str, tuple[str, ...]] = {
    "World Court": ("International Court of Justice",),
    "Scotland Yard": ("Metropolitan Police", "Metropolitan Police Service"),
    "Ole Miss": ("University of Mississippi",),
}
"""A nickname and the full names it stands for, the first the article names being the body's: names that stand
for one body in any story, not a sense a story gives them."""


ARMS: dict[str, tuple[re.Pattern[str], str]] = {
    name: (re.compile(r"(?:'s)?\s+executive(?:\s+arm)?\b(?!\s+(?:director|officer|committee|board|vice)\b)"),
           "European Commission")
    for name in ("European Union", "EU")
}
"""A parent body's name, the words after it that make it the parent's well-known arm ("the EU executive", "the EU's
executive arm"; not "the EU executive director", a person's office) and the arm's own name, which the article must
also write for the mention to be read as it."""


def nicknames_named(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with each nickname, and each parent named for its arm, named as the body the article also names
    in full."""
    names = {m.name for m in mentions}
    full = {nick: next((n for n in fulls if n in names), "") for nick, fulls in NICKNAMES.items() if nick in names}
    return [dataclasses.replace(m, name=full[m.name]) if full.get(m.name) else _arm_named(text, m, names)
            for m in mentions]


def _arm_named(text: str, m: Mention, names: set[str]) -> Mention:
    """ "the European Union executive" as the European Commission, where the article names the commission."""
    arm = ARMS.get(m.name)
    found = arm[0].match(text, m.end) if arm is not None and arm[1] in names else None
    if arm is None or found is None:
        return m
    return dataclasses.replace(m, name=arm[1], end=found.end(), surface=text[m.start:found.end()])
