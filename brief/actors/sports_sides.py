"""A side in sports copy that the tagger or a person's sign typed a person: "the Memphis Grizzlies",
"former Buffalo Sabres goaltender Martin Biron", "Sydney FC".

Why a module of its own: a team is named by a town and a plural nickname, or by the nickname alone, and both
have a given name's and a surname's shape to the tagger ("Memphis Grizzlies", "Dallas Cowboys"); sports
copy then gives the side "who" and a pronoun ("the Rockets, who have won four straight"), which the signs of
a person read as one's. What English shows instead is the article: a person's name is never written "the
Grizzlies" (a family's plural is "the Smiths" of a Smith named on the page: ``family_plurals``), nor set
before a team's staff noun after "a" or "former" ("a Philadelphia Eagles assistant"), nor ended by a
club's letters ("Sydney FC"). A name that ends with a nickname so shown, and opens with no given name, is
the side too ("Squash Knicks" of a headline's "... To Squash Knicks").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from brief.actors.gazetteer import demonym_country
from brief.actors.gender import first_names
from brief.actors.kinds import team_word
from brief.actors.mentions import Mention
from brief.actors.personhood import known_place
from brief.actors.world_cities import known_city
from brief.text.lexicon import PERSON_TITLES

_FAMILY_AFTER = re.compile(r"\s+(?:family|families|brothers|sisters|twins|couple|household|clan|siblings|boys|girls)\b")
"""A plural surname's family after it ("the Williams sisters"): people, not a side."""

_STAFF = (r"(?:head\s+|assistant\s+|offensive\s+|defensive\s+|general\s+)?(?:coach|coordinator|assistant|manager|"
          r"goaltender|goalie|goalkeeper|quarterback|linebacker|pitcher|defenseman|defenceman|striker|midfielder|"
          r"captain|scout)")
_STAFF_AFTER = re.compile(rf"(?:\s+and\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}?[A-Z][a-z]+s)?\s+{_STAFF}\b")
"""A team's staff noun after the name, the name maybe one of two sides ("Dallas Cowboys and Miami Dolphins coach")."""
_STAFF_OPENER = re.compile(r"\b(?:a|an|the|former|ex-)\s+$", re.I)
"""What opens a staff member's description before the side's name ("a Philadelphia Eagles assistant")."""

CLUB_LETTERS = frozenset({"FC", "AFC", "CF"})
"""A football club's letters before or after its town ("Sydney FC", "FC Porto", "Valencia CF"): no person's."""

_SCORE = re.compile(r"(?<![\d/.-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d/.-])")
"""A score or a record ("101-92", "4-3", "16-0"): with a game's word, what shows a page about a game."""
_SPORT_WORD = re.compile(r"\b(?:coach|season|game|games|playoffs?|league|scored|goals?|points|match|innings|"
                         r"touchdowns?|rebounds|overtime)\b", re.I)
"""A game's word: a plural nickname alone ("the Grizzlies") is read a side only on a page that has one and a
score (a page on bands, nations or families has "the Beatles", "the Saudis", "the Clintons")."""


def games_page(text: str) -> bool:
    """Whether the page is about games: a score and a game's word (a page with game's words and no score, such
    as a roster's or an essay's, was read wrong by the nickname alone on a held-out page)."""
    return _SCORE.search(text) is not None and _SPORT_WORD.search(text) is not None


_THE_REACH = 40
"""Characters before a writing of the name read for "the" and a town's words ("the San Jose Sharks")."""


def _lead_ok(words: list[str]) -> bool:
    """Whether the words before a nickname can be a side's town: none ("the Rangers"), a town the
    gazetteer knows ("San Jose"), or words that are no given name nor a title ("the Briton Jack Evans",
    "the Rev. Martin Andrews" are people)."""
    if not words:
        return True
    joined = " ".join(words)
    if known_place(joined) or known_city(joined):
        return True
    return not any(w in first_names() or w.lower().rstrip(".") in PERSON_TITLES or not w[0].isupper() for w in words)


_WORD_BEFORE = re.compile(r"[\w-]")
_WORD_AFTER = re.compile(r"[\w'’-]")
"""What may not stand right before or right after a writing of the name (a longer word's part)."""
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_THE_OPENING = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w.'’-]*\s+){0,2})$")


def _writings(text: str, name: str) -> Iterator[tuple[int, int]]:
    """The spans ``re.finditer(rf"(?<![\\w-]){re.escape(name)}(?![\\w'’-])", text)`` gives, found with str.find and
    the two one-character tests: no pattern compiled for each name (~0.4% of reading an article). As finditer,
    the next writing is looked for from the end of the last one found."""
    if not name:  # an empty pattern's matches: finditer's own rules
        yield from (found.span() for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w'’-])", text))
        return
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _WORD_BEFORE.match(text, at - 1)) and not _WORD_AFTER.match(text, end):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def _after_the(text: str, name: str) -> bool:
    """Whether the text writes the name after "the" with only a town's words between ("of the San Jose Sharks",
    "the Grizzlies"), not followed by another capitalised word or a family's noun."""
    for start, end in _writings(text, name):
        if _CAPITAL_NEXT.match(text, end) or _FAMILY_AFTER.match(text, end):
            continue
        before = text[max(0, start - _THE_REACH) : start]
        opened = _THE_OPENING.search(before)
        if opened and _lead_ok(opened.group(1).split() + name.split()[:-1]):
            return True
    return False


def _staffed(text: str, name: str) -> bool:
    """ "former Buffalo Sabres goaltender", "a Philadelphia Eagles assistant": a team's staff noun after the
    name, with "a", "the" or "former" before it."""
    for start, end in _writings(text, name):
        if _STAFF_AFTER.match(text, end) and _STAFF_OPENER.search(text[max(0, start - 10) : start]):
            return True
    return False


def _plural_surname(name: str, people: set[str]) -> bool:
    """Whether a nickname is a plural of a surname of someone on the page ("Obamas" of "Barack Obama"); a
    surname itself ("the Stevens report" of Lord Stevens) is left by the caller."""
    return any(name in (s + "s", s + "es") for s in people)


def _opens_a_name(word: str) -> bool:
    """A given name or a title ("Lord"): what opens a person's full name."""
    return word in first_names() or word.lower().rstrip(".") in PERSON_TITLES


def _side(text: str, name: str, surnames: set[str]) -> bool:
    """Whether the text shows the name a side's (see the module's docstring); ``surnames`` are those of the
    people named in full, which a nickname alone may not be."""
    words = name.split()
    if len(words) > 1 and any(w in CLUB_LETTERS for w in words):
        return True
    last = words[-1]
    if not team_word(last) or _plural_surname(last, surnames) or name in surnames:
        return False
    return _after_the(text, name) or len(words) > 1 and _staffed(text, name)


def sports_sides(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each "person" the text shows a side (see the module's docstring) retyped an
    organisation."""
    people = {m.name for m in mentions if m.kind == "person" and not m.demonym}
    if not people:
        return mentions
    sides = {n for n in people if " " in n and _side(text, n, set())}  # "the Memphis Grizzlies", "Sydney FC"
    # Surnames of the people named in full, opened by a given name or a title ("Lord Stevens" of "the Stevens
    # report"): a nickname alone that is one is left, since "the" then opens a thing named after the person.
    surnames = {n.split()[-1] for n in people - sides if " " in n and _opens_a_name(n.split()[0])}
    if games_page(text):  # a nickname alone only on a game's page
        sides |= {n for n in people if " " not in n and demonym_country(n) is None and _side(text, n, surnames)}
    nicknames = {n.split()[-1] for n in sides}
    sides |= {n for n in people if " " in n and n.split()[-1] in nicknames and not _opens_a_name(n.split()[0])}
    if not sides:
        return mentions
    return [dataclasses.replace(m, kind="organization", role="") if m.kind == "person" and m.name in sides
            and not m.demonym else m for m in mentions]
