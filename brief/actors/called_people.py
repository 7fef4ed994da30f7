"""The one person a calling was written at: "met with rapper Kanye West ..., according to the rapper"
goes back to West, whom the text named with that calling, not to the sentence's subject; news names
someone with their calling, then uses the calling alone."""

from __future__ import annotations

from collections.abc import Sequence

from brief.actors.mentions import Mention


def called_as(calling: str, people: Sequence[Mention]) -> Mention | None:
    """The latest of ``people`` whose role ends in ``calling`` ("rapper" at "rapper Kanye West"), when
    only one person bears it (two named "actor" leave "the actor" to the other rules)."""
    called = [m for m in people if m.role.lower().split()[-1:] == [calling]]
    if len({m.name.split()[-1] for m in called}) != 1:
        return None
    return called[-1]
