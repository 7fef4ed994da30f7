"""Characters of a film, a show or a book, named on a review or a feature: not actors of the news.

A review tells its plot through its characters ("Tina, a disgraced auror (Katherine Waterson)",
"Barry Allen — played by actor Grant Gustin"); the tagger types them as people, and they would be
listed with the cast and the critic. What makes a name a character is how the page writes it, the
conventions of writing about fiction in English, not a list of names:

- a cast list: a name with its player's name in brackets after it, "Graves (Colin Farrell)", at
  least twice on the page (once may be a real person's birth name: "Lady Gaga (Stefani
  Germanotta)");
- "played by" right after the name: "Kat, played by Jessie Wallace";
- the name set beside the part someone plays: "Amell plays Arrow's crime-fighting protagonist,
  Oliver Queen", "stars as Jimmy Olsen".

A character the page's title names is what the page is about (soap spoilers, a recap: "Kat Moon to
be involved in ...") and stays.
"""

from __future__ import annotations

import re

from brief.actors.gender import first_names
from brief.actors.roles import is_role_word

_NAME_WORD = r"[A-Z][\w'’-]+"
# A player's first name may be initials: "Hud (T.J. Miller)", "(J. K. Simmons)".
_PLAYER_FIRST = rf"(?:{_NAME_WORD}\s+|(?:[A-Z]\.\s?){{1,3}})"
# "(Katherine Waterson)" after the name or after a short description of it ("Tina, a disgraced auror
# (Katherine Waterson)"): a given name and one or two more capitalised words, and nothing else.
_PLAYER_AFTER = re.compile(rf"(?:,\s+(?:a|an|the|his|her|their)\s+[^()\n,.;:]{{0,40}}?)?\s*\(({_PLAYER_FIRST}{_NAME_WORD}(?:\s+{_NAME_WORD})?)\)")
# "Kat, played by", "Barry Allen — played by actor", "Diggle (played by": the part, then its player.
_PLAYED_BY_AFTER = re.compile(r"\s*(?:,|—|–|\(|\s-)\s*(?:who\s+is\s+|now\s+|originally\s+)?played\s+by\b")
# "plays Arrow's crime-fighting protagonist, Oliver Queen", "plays one of Supergirl's leads, Superman's pal
# Jimmy Olsen", "stars as X", "cast as X": the part named after the verb of acting it.
_PART_WORDS = "protagonist|antagonist|character|lead|role|part|villain|hero|heroine|sidekick|alter ego"
# The part is a work's ("Arrow's", "Supergirl's"): "Russia played a key role, Peskov said" names a speaker.
_PLAYS_BEFORE = re.compile(
    rf"\b(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"[\w-]+['’]s\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_PART_WORDS})s?,\s+(?:{_NAME_WORD}['’]s\s+[a-z]+\s+)?$"
    r"|\b(?:stars|starred|starring|co-stars|cast|recast)\s+as\s+$"
)
# "her portrayal as the spoilt Marissa Cooper", "his role as X": the part after the noun of acting it; the name must
# end its phrase and hold no office ("his role as Secretary of State", "her role as Clinton's aide" are jobs).
_PORTRAYAL_BEFORE = re.compile(r"\b(?:portrayal|role|turn|performance)\s+as\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# "Riz Ahmed as Bodhi Rook,", "Lisa Kudrow as Phoebe Buffay and": a player's full name, "as", and the
# part, which ends its phrase (not "Jane Roe as Acme chief", "as Trump's envoy", "as First Lady").
_AS_PART_BEFORE = re.compile(rf"\b({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+as\s+$")
_PART_ENDS = re.compile(r"\s*(?:[,.;:)—–(]|$)|\s+(?:and|in|on|who|opposite|alongside|with)\b")
# Capitalised words after "as" that open an office with a role word ("as First Lady", "as New Coach"), not a part.
_NOT_PARTS = frozenset("First New Next".split())
# "the character Jimmy", "his character Sherlock Holmes", "the character of Lando Calrissian".
_CHARACTER_BEFORE = re.compile(r"\b(?:the|his|her|their|a|an)\s+(?:[a-z]+\s+)?character(?:\s+of)?,?\s+$")
# Not a show or a place the part is in: "his comrade on Arrow, played by David Ramsey".
_IN_WORK_BEFORE = re.compile(r"\b(?:on|in|at|from)\s+$")
MIN_CAST_LIST = 2
"""Names with a player in brackets before the page reads as a cast list: one may be a real
person's other name ("Lady Gaga (Stefani Germanotta)"), two are how a review introduces its cast."""
REACH = 80
"""Characters read before a name for the verb of acting its part: five words and a description."""


def _player(name: str, named: set[str]) -> bool:
    """ "Colin Farrell": a person's full name, opened by a known given name or tagged a name on the page
    (``named``: "Rosamund Pike")."""
    return name in named or name.split()[0] in first_names()


def _played_as(name: str, before: str, text: str, end: int, named: set[str]) -> bool:
    """ "Riz Ahmed as Bodhi Rook,": a player named in full, then "as" and the part, which ends its phrase
    and is no title ("Melania Trump as First Lady")."""
    player = _AS_PART_BEFORE.search(before)
    return bool(player and _player(player.group(1), named) and _PART_ENDS.match(text, end)
                and not any(is_role_word(w) or w in _NOT_PARTS for w in name.split()))


def _named(spans: list[tuple[str, int, int]]) -> set[str]:
    """The names of several words among ``spans``: a player the tagger found ("Rosamund Pike")."""
    return {name for name, _, _ in spans if " " in name}


def cast_list(text: str, spans: list[tuple[str, int, int]]) -> frozenset[str]:
    """The names of ``spans`` written with their player's name in brackets after them, when the page
    reads as a cast list (at least ``MIN_CAST_LIST`` of them; none otherwise). Read once per page and
    handed to ``cast_players`` and ``character_names``, which both need it."""
    named = _named(spans)
    cast: set[str] = set()
    for name, _, end in spans:
        player = _PLAYER_AFTER.match(text, end)
        if player and _player(player.group(1), named) and player.group(1) != name:
            cast.add(name)
    return frozenset(cast) if len(cast) >= MIN_CAST_LIST else frozenset()


# A personal name alone in brackets right after a word: "Amy (Rosamund Pike)", "their teacher (Alison
# Pill)", "An alien in human guise (Scarlett Johansson)".
_BRACKETED_NAME = re.compile(rf"(?<=[\w,'’])\s*\(({_PLAYER_FIRST}{_NAME_WORD}(?:\s+{_NAME_WORD})?)\)")


def cast_players(text: str, cast: frozenset[str]) -> set[str]:
    """ "Amy (Rosamund Pike)", "their teacher (Alison Pill)": on a page that reads as a cast list
    (``cast``, its ``cast_list``, not empty), a name opened by a known given name alone in brackets
    after a word is the player's, a person, whatever the tagger typed (it reads a name in brackets as
    a body's short form: "(NATO)")."""
    if not cast:
        return set()
    return {m.group(1) for m in _BRACKETED_NAME.finditer(text) if m.group(1).split()[0] in first_names()}


# A list that joins two names: "Daniel Roe or Eli Sunday", "Kat, Alfie and Mo".
_JOIN = r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+"
_JOINED = re.compile(_JOIN)
_JOINED_BEFORE = re.compile(rf"(?:{_JOIN})$")
_AS_PART_AFTER = re.compile(r"\s+as\s")
"""After a player's name in a cast list: "Ana Ortiz as Mira Dace"."""
# A full name right before "played by": "Eli Sunday, played by".
_PLAYED_NAME = re.compile(rf"\b({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}){_PLAYED_BY_AFTER.pattern}")


def _played_in_text(text: str) -> set[str]:
    """The full names the text writes right before "played by" ("Eli Sunday, played by Jane Roe"), tagged or not:
    a character the tagger may know only by its short form ("Eli")."""
    return {m.group(1) for m in _PLAYED_NAME.finditer(text) if not _IN_WORK_BEFORE.search(text, max(0, m.start() - 5), m.start())
            and m.group(1).split()[0] not in _NOT_PARTS | {"The", "A", "An"}}


def _listed_with_parts(text: str, spans: list[tuple[str, int, int]], parts: set[str] | frozenset[str]) -> set[str]:
    """The full names (two words or more) listed right beside a character's ("what would become of Daniel Roe or
    Eli Sunday"): characters too, a plot's people named together, as a cast's players are named with players."""
    if not parts:
        return set()
    out: set[str] = set()
    for name, start, end in spans:
        if name in parts or " " not in name or _AS_PART_AFTER.match(text, end):
            continue  # "Kestrel Vane, Ana Ortiz as Mira Dace": a cast list's next player, not a character
        after = _JOINED.match(text, end)
        before = _JOINED_BEFORE.search(text, max(0, start - MAX_JOIN), start)
        if (after and any(text.startswith(p, after.end()) for p in parts)
                or before and any(text.endswith(p, 0, before.start()) for p in parts)):
            out.add(name)
    return out


MAX_JOIN = 6
"""Characters that join two listed names (", and ")."""


def _short_forms(spans: list[tuple[str, int, int]], parts: set[str] | frozenset[str]) -> set[str]:
    """The one-word names that open or end a character's full name ("Eli" of "Eli Sunday", "Plainview" of "Daniel
    Plainview"): the character written short, as a person's surname is the person; not a word any other name of
    several words on the page holds (the player's "Daniel" of "Daniel Day-Lewis")."""
    words = {w for name in parts if " " in name for w in (name.split()[0], name.split()[-1])}
    others = {w for name, _, _ in spans if " " in name and name not in parts for w in name.split()}
    return {name for name, _, _ in spans if " " not in name and name in words - others}


_ON_WORK = re.compile(r"\s+(?:on|in)\s+(?:[Tt]he\s+)?$")
"""Between a character and the show or film it is in: "Marissa Cooper on The OC"."""


def _works_of(text: str, spans: list[tuple[str, int, int]], parts: set[str] | frozenset[str]) -> set[str]:
    """The names written right after a character and "on" or "in" ("the spoilt Marissa Cooper on The OC"): the show
    or the film the character is in, a work, not an actor (``spans`` hold no place: "Kat in Walford" is a town)."""
    out: set[str] = set()
    for name, start, _ in spans:
        on = _ON_WORK.search(text, max(0, start - WORK_REACH), start)
        if on and name not in parts and any(text.endswith(p, 0, on.start()) for p in parts):
            out.add(name)
    return out


WORK_REACH = 10
"""Characters read before a name for "on the" after a character's name."""


def character_names(text: str, spans: list[tuple[str, int, int]], title: str = "",
                    cast: frozenset[str] | None = None) -> set[str]:
    """The names (of ``spans``: name, start, end, none a place's) the page writes as characters of a
    work, but not those its ``title`` names; ``cast``: the page's ``cast_list`` when already read."""
    named = _named(spans)
    if cast is None:
        cast = cast_list(text, spans)
    parts: set[str] = set()
    for name, start, end in spans:
        before = text[max(0, start - REACH) : start]
        if _PLAYED_BY_AFTER.match(text, end) and not _IN_WORK_BEFORE.search(before) or _PLAYS_BEFORE.search(before):
            parts.add(name)
        if _PORTRAYAL_BEFORE.search(before) and _PART_ENDS.match(text, end) and not any(
                is_role_word(w) or w in _NOT_PARTS for w in name.split()):
            parts.add(name)
        if _CHARACTER_BEFORE.search(before) or _played_as(name, before, text, end, named):
            parts.add(name)
    found = cast | parts
    written = found | _played_in_text(text)
    found |= _listed_with_parts(text, spans, written)
    found |= _short_forms(spans, written | found)
    found |= _works_of(text, spans, found)
    titled = set(re.findall(r"[\w'’-]+", title))
    return {name for name in found if not titled & set(name.split())}
