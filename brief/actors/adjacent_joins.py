"""One body's name the tagger split into a mention and the words right after it ("Sydney" + "FC", "Pacific Gas" +
"Electric"): the loop that joins them, shared by the rules that say when two such parts are one name
(``brief.actors.club_letters``, ``brief.actors.trade_joins``).

Why: each rule joined the parts and dropped the second's own mention the same way; one place keeps the joined
mention's span, surface, name and kind alike for both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from brief.actors.mentions import Mention, normalise

Join = Callable[[Mention, Mapping[int, Mention]], tuple[int, Mention | None] | None]
"""Given a mention and the mentions that may be its second part by where they start: where the joined name ends and
the second part's own mention (None where the tagger found none), or None where the mention joins nothing."""


def joined_with_next(text: str, mentions: Sequence[Mention], join: Join, second_kind: str | None = None) -> list[Mention]:
    """``mentions`` with each that ``join`` runs on to a later end made one organisation named by the text to there,
    and the second part's own mention dropped (of ``second_kind`` only, where that is given)."""
    by_start = {m.start: m for m in mentions if second_kind is None or m.kind == second_kind}
    joined: dict[int, Mention] = {}
    dropped: set[int] = set()
    for m in mentions:
        found = join(m, by_start)
        if found is None:
            continue
        end, second = found
        surface = text[m.start : end]
        joined[m.start] = dataclasses.replace(m, end=end, surface=surface, name=normalise(surface), kind="organization")
        if second is not None:
            dropped.add(second.start)
    if not joined:
        return list(mentions)
    return [joined.get(m.start, m) for m in mentions
            if not (m.start in dropped and (second_kind is None or m.kind == second_kind))]
