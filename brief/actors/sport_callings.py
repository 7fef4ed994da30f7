"""What a sports page calls the people of a team after naming them: its players by their place or part
("the striker", "the captain") and its leaders ("the coach", "the Arsenal boss"). ``epithets`` reads them as the
person just named; ``calling_conflicts`` keeps the two apart."""

from __future__ import annotations

PLAYING_CALLINGS = frozenset(
    "striker midfielder defender goalkeeper keeper winger fullback full-back centre-back forward captain skipper "
    "batter batsman batswoman bowler opener all-rounder spinner paceman pacer pitcher quarterback linebacker "
    "youngster teenager veteran champion rookie debutant international rower flanker fly-half scrum-half outside-half".split()
)
"""What a sports page calls a player it has just named ("the striker added", "the England captain said",
"the youngster", "the Spain international", capped by a country's team; a rugby player by his place in the
pack, "the back rower", "the fly-half"): as ``referring.CALLINGS`` are, one person the story is about."""


LEADING_CALLINGS = frozenset({"boss", "manager", "coach"})
"""Who leads a body named before them ("the Arsenal boss", "the Rovers manager"): the person the story was
just about when no one named before holds the title; never the body, which the name only modifies."""
