"""A town or a state that the text shows playing: its team, not the place ("Houston beat SMU 38-34",
"Houston (9-3) plays San Diego State", "Houston coach Dana Holgorsen said").

Why a module of its own: sports copy names a club or a college team by its town or its state, which the
gazetteer knows, so the tagger's "place" stood; the rules that make a place a body ("shares of Amazon",
"according to Pollstar") read companies' signs, not a team's. What shows a team is the game: a score or a
season's record after the name, a result won over it, its coach or its players, its manager's job or its fans
("the Leeds job", "a new manager at Leeds"). Each writing so shown is the
team's, and so is every other writing of the name not placed somewhere ("in Houston" stays the city, where
the game is played). Countries are left: a country's side is named by the country, which the golds and the
reader take for the country.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gazetteer import is_country
from brief.actors.gender import first_names
from brief.actors.kinds import team_context, team_word
from brief.actors.mentions import Mention
from brief.actors.place_prepositions import PLACE_PREPOSITIONS_PATTERN
from brief.actors.short_forms import CLUB_ENDINGS

# A score or a record right after the name ("Houston 38-34", "Houston (9-3)"), a result it won, its coach, manager
# or captain or a player named after his position ("Houston coach Dana Holgorsen", "Harbour City manager Paolo
# Ricci"; not "a London coach crashed", nor "Houston's
# defense", a state's industry as often), its squad, a record it moved to.
_TEAM_AFTER = re.compile(
    r"\s*\(\d{1,2}-\d{1,2}(?:-\d{1,2})?(?:,\s*\d{1,2}-\d{1,2})?\)"
    r"|\s+\d{1,3}\s*[-–]\s*\d{1,3}\b"
    r"|(?:['’]s?)?\s+(?:(?:head\s+|assistant\s+)?coach|manager|boss|captain|quarterback|striker|midfielder|"
    r"goalkeeper|point\s+guard|linebacker|pitcher)\s+[A-Z]"
    r"|(?:['’]s?)?\s+(?:roster|lineup|line-up|squad)\b"
    r"|\s+(?:improved|fell|dropped|moved|climbed)\s+to\s+\d{1,2}-\d{1,2}\b"
    r"|\s+(?:beat|beats|defeated|defeats|routed|edged|thrashed|upset|outlasted|held\s+off|rallied\s+past)\s+"
    r"(?:No\.\s*\d{1,2}\s+)?[A-Z]"
)
# A result won over the name, or drawn or lost with it: "beat Houston", "a win over No. 5 Houston", "SMU vs. Houston",
# "drew 2-2 with Harbour City", "lost to Leeds".
_TEAM_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeated|defeating|routed|edged|thrashed|upset|vs\.?|versus|"
                          r"(?:win|victory|upset)\s+over|(?:drew|draw|drawn|tied)\s+(?:\d{1,2}-\d{1,2}\s+)?with|lost\s+to)"
                          r"\s+(?:No\.\s*\d{1,2}\s+)?$")
REACH = 40
"""Characters read before a writing for the result won over it."""
# A town as the holder of a manager's job, or whose crowd is a club's: "the Leeds job", "the Leeds fans", "a new
# manager at Leeds", "head coach at Washington". A city has no job to fill nor fans; "the London office" does
# not count, nor "fans in Leeds" (a placing).
_CLUB_NOUN_AFTER = re.compile(r"\s+(?:job|fans|supporters|faithful|dressing\s+room|hot\s+seat|boardroom)\b")
_THE_BEFORE = re.compile(r"(?:^|[^\w'’])[Tt]he\s+$")
_STAFF_AT_BEFORE = re.compile(r"\b(?:manager|coach|boss|manager's\s+job|coaching\s+job)\s+at\s+$")
# Where a writing only places something: the game's venue, a player's home town.
_PLACED_BEFORE = re.compile(rf"\b(?:{PLACE_PREPOSITIONS_PATTERN})\s+(?:the\s+)?$", re.I)


# A plural verb right after a name that opens its sentence or line, as British copy writes a club ("Nottingham Forest
# have completed the signing", "\nRedbridge Rovers are unbeaten"): a person has, is and was.
_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\s+[a-z]")
_OPENS_BEFORE = re.compile(r"(?:^|\n|[.!?;:\"“]\s|[\"“])[ \t]*$")


def _plural_subject(text: str, m: Mention) -> bool:
    """A name that opens its clause with a plural verb ("Swindon have made a bid", '"Exeter are a tough side'): a
    town so written is its club, as British copy writes one; a town, a person, a company has, is and was. A place
    whose name is plural takes "the" ("The Falklands were"), which is no clause's start."""
    return bool(_PLURAL_VERB.match(text, m.end) and _OPENS_BEFORE.search(text, max(0, m.start - REACH), m.start))


def _plays(text: str, m: Mention) -> bool:
    before = max(0, m.start - REACH)
    return bool(_TEAM_AFTER.match(text, m.end) or _TEAM_BEFORE.search(text, before, m.start)
                or _plural_subject(text, m) or _STAFF_AT_BEFORE.search(text, before, m.start)
                or _CLUB_NOUN_AFTER.match(text, m.end) and _THE_BEFORE.search(text, before, m.start))


_STAFF_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:head\s+|assistant\s+)?coach|manager|quarterback|linebacker|pitcher|"
                          r"striker|midfielder|goalkeeper|guard|forward|captain)\s+[A-Z]")
"""A player or a coach named after the position, after a team's plural name ("Harborough Hawks quarterback Reese
Dalton"); a score after a name ("edged Reilly Opelka 7-6") is a player's as often, in tennis or golf."""


def _named_club(text: str, m: Mention) -> bool:
    """A name of several words the tagger read as a person's, its first word no given name, that ends in a team's
    plural before a player's position ("Harborough Hawks quarterback Reese Dalton") or takes a plural verb at its
    clause's start ("Ashgrove Forest have completed"): a club. A person's full name opens with a given name."""
    words = m.name.split()
    if len(words) < 2 or m.role or m.demonym or words[0] in first_names():
        return False
    if team_word(words[-1]) and _STAFF_AFTER.match(text, m.end):
        return True  # "Harborough Hawks quarterback Reese Dalton"
    return _plural_subject(text, m)


def home_teams(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each town or state the text shows playing (see the module's docstring) retyped an
    organisation at each writing that does not place something there; and a one-word name the tagger read as a
    person's given name ("Chelsea") that the text shows playing at one writing (``kinds.team_context``: "Former
    Chelsea midfielder Ramires") is the club at every writing, where no full name opens with it ("Chelsea Reyes")."""
    teams = {m.name for m in mentions if m.kind == "place" and not m.demonym and not m.role
             and not is_country(m.name) and _plays(text, m)}
    clubs = {m.name for m in mentions if m.kind in ("organization", "person") and " " not in m.name and not m.demonym
             and team_context(text[max(0, m.start - REACH) : m.start], text[m.end : m.end + REACH])}
    clubs -= {m.name.split()[0] for m in mentions if m.kind == "person" and " " in m.name}
    named = {m.name for m in mentions if m.kind == "person" and _named_club(text, m)}
    clubs |= named | {n.split()[0] for n in named}  # "Nottingham is a huge club" of Nottingham Forest: its short form
    # "Harbourside Town ... lifts Town to third": a place whose last word the text calls a club by is that club
    teams |= {m.name for m in mentions if m.kind == "place" and " " in m.name and m.name.split()[-1] in CLUB_ENDINGS
              and any(o.kind == "organization" and o.name == m.name.split()[-1] for o in mentions)}
    if not teams and not clubs:
        return mentions
    return [dataclasses.replace(m, kind="organization")
            if m.kind == "place" and m.name in teams and not m.demonym
            and (_plays(text, m) or not _PLACED_BEFORE.search(text, max(0, m.start - REACH), m.start))
            or m.kind == "person" and m.name in clubs and not m.role else m
            for m in mentions]
