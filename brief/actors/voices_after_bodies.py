"""A body's spokesman or staff member listed after the body he speaks for, not above it.

Why: an officer who speaks for a body is often named and quoted more than the body itself ("..., said Kirk
Roe, a meteorologist with the National Weather Service", three times; "the service" once), so he ranked
first and the body third: the Actors view opened on the voice, not on the party (kinds103 and kinds106
judged it wrong as the first listed on six of sixty pages). A person whose role says he speaks for a
listed body ("spokesman for X", "X spokeswoman") or works for it ("a meteorologist with X") gives his place
to that body and ranks right after it: the body speaks through him, and counts as often as he is heard. Only within the first ``TOP`` places, so that no one enters or leaves the top five: the
order changes, not who is shown.
"""

from __future__ import annotations

import re
from typing import TypeVar

from brief.model import Actor

TOP = 5
"""Places the reordering works within: the top five the Actors view shows first."""

_SPOKES = re.compile(r"\bspokes(?:man|woman|person|people|men|women)\b", re.IGNORECASE)
_WITH = re.compile(r"\b(with|for)\s+(?:the\s+)?(.+)$", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)

Item = TypeVar("Item")


def _names(actor: Actor) -> set[str]:
    return {actor.name, *actor.aliases}


def _body_named(role: str, body: Actor) -> bool:
    """Whether the role says its holder speaks for or works with the body ("spokesman for the EMQ",
    "EMQ spokesman", "a meteorologist with the National Weather Service in Mobile")."""
    names = [n for n in _names(body) if n[:1].isupper()]
    after = _WITH.search(role)
    if after is not None and any(after.group(2).startswith(n) and after.group(2)[len(n):][:1] in ("", " ", ",", "'")
                                 for n in names):
        return after.group(1).lower() == "with" or bool(_SPOKES.search(role[: after.start()]))  # "for": a spokesman's
    before = _SPOKES.search(role)
    if before is None:
        return False
    opening = _THE.sub("", role[: before.start()].strip())
    return any(opening == n or opening.startswith(n + " ") or opening == n + "'s" for n in names)


def voices_after_bodies(ranked: list[tuple[Item, Actor]]) -> list[tuple[Item, Actor]]:
    """The ranking with each body in the top places that a person listed above it speaks for moved up to
    his place, him right after it."""
    order = list(ranked)
    for _ in range(TOP):  # each move settles one person; a handful at most
        moved = False
        for i, (_, person) in enumerate(order[:TOP]):
            if person.kind != "person" or not person.role:
                continue
            body = next((j for j in range(i + 1, min(TOP, len(order)))
                         if order[j][1].kind == "organization" and _body_named(person.role, order[j][1])), None)
            if body is not None:
                order.insert(i, order.pop(body))
                moved = True
                break
        if not moved:
            break
    return order
