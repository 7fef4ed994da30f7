"""A club called by its town alone or by its nickname alone, listed apart from its full name: the same club.

Why: sports pages name a club in full once ("the Montreal Canadiens", "Derby County", "the Columbus Blue Jackets")
and then by its town ("Montreal scored twice", "Derby have not won") or its nickname ("the Blue Jackets said"),
and each came out as an actor of its own beside the club. The town alone is the club where the text types it a
body and rarely puts it after a preposition of place ("in Montreal" is the city), and where the story names
just one club after that town; the club's full name shows it is a club when its nickname is also written alone
or it ends on a club's word ("County", "United"); that word alone is the club too ("United have won"). A town of two words is read the same way ("New York" of the New
York Knicks). A club whose full name ends on its town ("Bayern Munich") is called by the name before it alone
("Bayern"), however many times as often.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from brief.actors.definite_antecedents import named_before
from brief.actors.gazetteer import phrase_table
from brief.actors.kinds import team_word
from brief.actors.mentions import Mention
from brief.actors.world_cities import known_city

CLUB_ENDINGS = frozenset("County City United Town Rovers Athletic Wanderers Albion Rangers Villa Hotspur".split())
"""Last words of a football club's name after its town ("Derby County", "Leeds United", "Aston Villa")."""
WHERE = frozenset("in at near into from outside across around downtown".split())
"""Words before a town that make it the place, not its club ("a win in Montreal")."""
MAX_NICKNAME = 2
"""Most words of a club's name after its town ("Canadiens", "Blue Jackets", "Red Wings")."""
BODY_PLURALS = frozenset("Times News Airlines Motors Industries Systems Holdings Partners Communications Services".split())
"""Plural last words of a paper's or a company's name, not a club's nickname ("the New York Times", "the Times")."""
MAX_TOWN = 2
"""Most words of a town a club is called by ("Houston", "New York", "Los Angeles")."""


class _Group(Protocol):
    key: str
    kind: str
    mentions: list[Mention]


def nickname(words: list[str]) -> bool:
    """ "Canadiens", "Blue Jackets": a club's name after its town, ending on a capitalised plural."""
    return (1 <= len(words) <= MAX_NICKNAME and all(w[:1].isupper() and w.isalpha() for w in words) and team_word(words[-1])
            and words[-1] not in BODY_PLURALS)


def join_club_cities(groups: Mapping[tuple[str, str], _Group]) -> None:
    """Join a club's nickname and its town, each written alone, to the one club named in full by both."""
    bodies = [g for g in groups.values() if g.kind == "organization" and g.mentions]
    clubs = [g for g in bodies if " " in g.key and g.key.split()[0].isalpha() and g.key.split()[0][:1].isupper()
             and (any(nickname(g.key.split()[n:]) and _town_shaped(g.key.split()[:n]) for n in range(1, MAX_TOWN + 1))
                  or len(g.key.split()) == 2 and g.key.split()[1] in CLUB_ENDINGS)]
    for short in bodies:
        fits = [c for c in clubs if c is not short
                and (nickname(short.key.split()) and any(c.key.split()[n:] == short.key.split() for n in range(1, MAX_TOWN + 1))
                     or c.key.split()[1:] == short.key.split() and _club_ending_alone(short, c))]
        if len(fits) > 1 and short.key in CLUB_ENDINGS:
            fits = named_before(short.mentions, fits)  # "United" after Manchester United, before "rebel outfit FC United"
        if len(fits) == 1 and short.mentions:  # "the Blue Jackets" of the Columbus Blue Jackets
            fits[0].mentions.extend(short.mentions)
            short.mentions.clear()
    surnames = {g.key.split()[-1] for g in groups.values() if g.kind == "person" and g.mentions}
    for town in bodies:
        words = town.key.split()
        if len(words) > MAX_TOWN or not town.mentions or town.key in surnames or any(m.role or m.demonym for m in town.mentions):
            continue
        fits = [c for c in clubs if c is not town and c.mentions and c.key.split()[: len(words)] == words
                and _club_named(c, len(words))]
        if len(fits) == 1 and 4 * sum(m.after in WHERE for m in town.mentions) <= len(town.mentions):
            fits[0].mentions.extend(town.mentions)
            town.mentions.clear()
    _join_town_ended(bodies)


def _club_ending_alone(short: _Group, club: _Group) -> bool:
    """ "United" in a story about Manchester United: a club's last word written alone ("United are in far healthier
    shape"), typed a body, where the club's full name is its town and that word."""
    return short.key in CLUB_ENDINGS and len(club.key.split()) == 2 and not any(m.demonym for m in short.mentions)


def _join_town_ended(bodies: list[_Group]) -> None:
    """ "Bayern" of Bayern Munich: a two-word club whose last word is a city (not a country) is called by its first
    word alone, and a sports page does so all through after naming it in full once."""
    for short in bodies:
        if " " in short.key or not short.key.isalpha() or not short.mentions:
            continue
        fits = [c for c in bodies if c is not short and c.mentions and len(c.key.split()) == 2
                and c.key.split()[0] == short.key]
        if len(fits) != 1 or not town_word(fits[0].key.split()[1]) or not _named_first(fits[0], short):
            continue
        fits[0].mentions.extend(short.mentions)
        short.mentions.clear()


def _town_shaped(words: list[str]) -> bool:
    """A town's words: whole capitalised words, not a person's given name and initial ("Laura E." of "Laura E. Adkins")."""
    return all(w.isalpha() and len(w) > 1 and w[:1].isupper() for w in words)


def _named_first(full: _Group, short: _Group) -> bool:
    """The story names the club in full before it shortens it (the headline's short form aside)."""
    first = {m.article: m.start for m in sorted(full.mentions, key=lambda m: -m.start)}
    return all(m.headline or m.article in first and first[m.article] < m.start for m in short.mentions)


def town_word(word: str) -> bool:
    """A city the gazetteer or the list of world cities knows ("Munich"), not a country ("Microsoft Canada")."""
    return known_city(word) or phrase_table().get((word,)) == "PLACE"


def _club_named(club: _Group, town: int = 1) -> bool:
    """The full name is a club's: its nickname (the words after the ``town``'s) also written alone, or a club's last word."""
    words = club.key.split()
    short = " ".join(words[town:])
    if not nickname(words[town:]) and not (len(words) == 2 and words[1] in CLUB_ENDINGS):
        return False
    return len(words) == 2 and words[1] in CLUB_ENDINGS or any(m.name == short for m in club.mentions)
