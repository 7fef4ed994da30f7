"""A club called only by its town and by its nickname, never by its full name: one club.

Why: a sports story may never write a club's full name ("the Vancouver Canucks"), only its town in its staff's
roles and results ("Vancouver coach Alain Roe", "for Vancouver (25-16-4)") and its nickname elsewhere ("the
Canucks' first goal"); the two were listed apart, the town often typed a place ("Kentucky offensive coordinator
Jo Roe will become the Wildcats' head coach"). Nothing in the names pairs them, so only a page that leaves one
way to pair them is read: one nickname that no full name claims and one town that a person's sports role names
and that opens no full club name. Two such towns or two nicknames (a game between two clubs so named) are left, and
so is a town another town written as a body rivals ("Tulsa has promoted its coordinator ... over Oregon offensive
coordinator X ... the Tigers' coordinator": the nickname is the club the story is about, not the one a role names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.actors.club_cities import MAX_TOWN, nickname, town_word

if TYPE_CHECKING:
    from brief.actors.grouping import Group

SPORTS_ROLES = frozenset(
    "coach coaches coordinator goalie goalkeeper keeper captain quarterback defenceman defenseman striker "
    "midfielder pitcher linebacker tailback winger athletics athletic".split())
"""Words of a club's staff's or player's role after the town ("Vancouver coach", "Kentucky offensive coordinator",
"Kentucky athletics director"): the town named as its club, in either case ("Westbrook interim Coach")."""


def _role_towns(groups: dict[tuple[str, str], Group]) -> set[str]:
    """The words opening a person's role that a sports word follows ("Vancouver" of "Vancouver coach")."""
    towns: set[str] = set()
    for g in groups.values():
        if g.kind != "person":
            continue
        for m in g.mentions:
            words = m.role.split()
            for n in range(1, MAX_TOWN + 1):
                if len(words) > n and all(w[:1].isupper() for w in words[:n]) and SPORTS_ROLES & {w.lower() for w in words[n:]}:
                    towns.add(" ".join(words[:n]))
    return towns


def join_club_nicknames(groups: dict[tuple[str, str], Group]) -> None:
    """Join the one town a sports role names to the one nickname no full club name claims."""
    bodies = [g for g in groups.values() if g.kind == "organization" and g.mentions]
    full = [g.key.split() for g in bodies if len(g.key.split()) > 1]
    nicknames = [g for g in bodies if nickname(g.key.split()) and all(m.name == g.key for m in g.mentions)
                 and not (" " in g.key and town_word(g.key.split()[0]))  # not "Phoenix Coyotes", called "Coyotes"
                 and not any(words[-len(g.key.split()):] == g.key.split() and words != g.key.split() for words in full)]
    named = _role_towns(groups)
    towns = [g for g in groups.values() if g.kind in ("organization", "place") and g.mentions and g.key in named
             and not any(words[: len(g.key.split())] == g.key.split() and words != g.key.split() for words in full)]
    rivals = [g for g in bodies if g.key not in named and g not in nicknames and town_word(g.key)]
    if len(nicknames) == 1 and len(towns) == 1 and towns[0] is not nicknames[0] and not rivals:
        nicknames[0].mentions.extend(towns[0].mentions)
        towns[0].mentions.clear()
