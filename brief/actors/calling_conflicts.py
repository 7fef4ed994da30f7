"""Callings that rule each other out: "The coach said" after "captain Mohammad Ashraful top-scored" is not the
captain's. A sports page names its coach and its players apart, so a description by one of the two callings
goes back only to a person the text has not given the other (``referring.described_person``); with no one
left, the description is someone unnamed, as an unknown "the coach" is.
"""

from __future__ import annotations

from brief.actors.mentions import Mention
from brief.actors.sport_callings import LEADING_CALLINGS, PLAYING_CALLINGS

STAFF_CALLINGS = frozenset({"chief", "director", "physio", "physiotherapist", "doctor", "analyst", "selector", "scout", "agent"})
"""A team's staff, who are no player ("fitness chief Dan Pryce", "director of rugby Ian Marwood"): not "the former
captain" (not its chairman or president, whom pages often call by the playing days behind them)."""
_RULED_OUT = {**{calling: PLAYING_CALLINGS for calling in LEADING_CALLINGS},
              **{calling: LEADING_CALLINGS | STAFF_CALLINGS for calling in PLAYING_CALLINGS}}
"""For a leader's calling ("the coach", "the manager") the players' callings, and the other way round (with the staff's)."""


def written_roles(mentions: list[Mention]) -> dict[str, set[str]]:
    """The role words written at each person's mentions, by surname: a role is written at one mention
    ("Senator Ada Quinn", "captain Ama Boateng"), not at the bare "Quinn" that follows."""
    roles: dict[str, set[str]] = {}
    for m in mentions:
        roles.setdefault(m.name.split()[-1], set()).update(m.role.lower().split())
    return roles


_PAST = frozenset({"former", "ex", "retired", "onetime", "one-time"})
"""Words that make a calling a past one: "the former Chelsea midfielder" may be the head coach just named (players
become coaches), though still no team's staff."""


def not_ruled_out(calling: str, people: list[Mention], mentions: list[Mention], past: bool = False) -> list[Mention]:
    """``people`` but those the text gives a calling that ``calling`` rules out (``past``: a calling once held, which
    rules out only the staff)."""
    other = _RULED_OUT.get(calling.lower(), frozenset())
    if past:
        other = other & STAFF_CALLINGS
    if not other:
        return people
    roles = written_roles(mentions)
    return [m for m in people if not roles.get(m.name.split()[-1], set()) & other]


def past_calling(words: list[str]) -> bool:
    """Whether a description names a calling once held ("the former Chelsea midfielder", "the ex-Wasps captain")."""
    return any(w.lower() in _PAST or w.lower().startswith("ex-") for w in words[:-1])
