"""A body's well-known other name, which news English writes for the same body in one article: "the World Court"
for the International Court of Justice, "Scotland Yard" for the Metropolitan Police.

Why: the text never defines such a name ("proceedings before the World Court last year" after "the International
Court of Justice (ICJ)"), so neither acronym nor apposition joins them and the court was listed twice. Where the
article also names the body in full, the nickname's mentions are that body's; alone, it stays as written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from brief.actors.mentions import Mention

NICKNAMES: dict[str, tuple[str, ...]] = {
    "World Court": ("International Court of Justice",),
    "Scotland Yard": ("Metropolitan Police", "Metropolitan Police Service"),
}
"""A nickname and the full names it stands for, the first the article names being the body's: names that stand
for one body in any story, not a sense a story gives them."""


def nicknames_named(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with each nickname named as the body the article also names in full."""
    names = {m.name for m in mentions}
    full = {nick: next((n for n in fulls if n in names), "") for nick, fulls in NICKNAMES.items() if nick in names}
    if not any(full.values()):
        return list(mentions)
    return [dataclasses.replace(m, name=full[m.name]) if full.get(m.name) else m for m in mentions]
