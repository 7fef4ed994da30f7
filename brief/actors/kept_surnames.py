"""A one-word "person" the text lists with a person, gives an age or goes on about by an office, stays one.

``personhood.unevidenced_people`` retypes a name the tagger called a person when the text shows no sign of one;
a surname written alone ("Federer", "Ahmadinejad") often shows none beside it. News lists people with people:
"Dodi and Diana", "Kaka, Pato and Ronaldo", "invoked Churchill, Robert Frost, Gandhi": a name set in one list
with a name shown to be a person's is a person's too (a company is listed with companies). A pronoun nearby is
too weak a sign ("his" may be someone else's); a list is the writer's own grouping. An age set off after the name
("Braun, 38,") is a person's as well (``person_signs.aged``), and so is one the next words call by an office of
state ("X's words. The Iranian president's wish ..."), no other person named between. ``listed_people`` goes the
other way: it makes people of one-word names the tagger typed otherwise, and so asks more of the list (two full
names).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from brief.actors.gender import first_names, hand_given_names
from brief.actors.person_signs import aged
from brief.actors.phrasing import is_noun, verb_lemma
from brief.text.phrases import phrase_spans

# One element of a list: up to MAX_ELEMENT_WORDS capitalised words ("Robert Frost", "Di's").
MAX_ELEMENT_WORDS = 3
"""Words of a list's element read: a full name with a middle name or an initial ("Ana de Lima", "John F. Kerry")."""
_ELEMENT = rf"[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){{0,{MAX_ELEMENT_WORDS - 1}}}"
_JOINER = r"(?:,[^\S\n]+(?:and[^\S\n]+|or[^\S\n]+)?|[^\S\n]+(?:and|or|&)[^\S\n]+)"
_LIST = re.compile(rf"(?<![\w.'’-]){_ELEMENT}(?:{_JOINER}{_ELEMENT})+")
_SPLIT = re.compile(_JOINER)
_CLOSED = re.compile(r"[^\S\n](?:and|or|&)[^\S\n]")
_POSSESSIVE = re.compile(r"['’]s?$")

MIN_COMMA_ELEMENTS = 3
"""Elements a list joined by commas alone must have: two names parted by one comma are as often a name and its
apposition ("Tim Cook, Apple") or a dateline ("Reynosa, Mexico")."""


def _elements(found: re.Match[str]) -> list[str] | None:
    """The elements of a list found, without their possessives, or None when it is no list: two by a comma."""
    parts = [_POSSESSIVE.sub("", p) for p in _SPLIT.split(found.group())]
    if not _CLOSED.search(found.group()) and len(parts) < MIN_COMMA_ELEMENTS:
        return None
    return parts


def _is_person(element: str, people: Collection[str]) -> bool:
    """Whether an element is, or ends with, the name of a person ("President Bush" for "Bush")."""
    words = element.split()
    return any(" ".join(words[i:]) in people for i in range(len(words)))


_NEXT_WORD = re.compile(r"[^\S\n]+([a-z]+)\b")


def _modifies(text: str, end: int) -> bool:
    """Whether the list's last element stands before a noun it modifies ("Martin Jol and Geordie hero Alan
    Shearer": a region's people, not a third name), not a verb ("Bynum and Bryant formed")."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and is_noun(after.group(1)) and verb_lemma(after.group(1)) is None


def listed_with_people(text: str, name: str, people: Collection[str]) -> bool:
    """Whether the text lists ``name`` (an element of its own: not "At Vancouver, Ann Lee and Bo Park") with another
    element that is one of ``people``: "Federer and Lena Osterholt", "Kaka, Pato and Ronaldo"."""
    if name not in text:
        return False
    for found in _LIST.finditer(text):
        parts = _elements(found)
        if parts is None or name not in parts or parts[-1] == name and _modifies(text, found.end()):
            continue
        if any(_is_person(p, people) for p in parts if p != name):
            return True
    return False


# "Radiohead left the label to release their seventh album": a name the rest of its clause calls "they" is a
# band's, a team's or a firm's, whoever it is listed with (up to a comma: "sent X her cufflinks, and, after their").
_THEIR_AFTER = re.compile(r"[^.,;:!?\n]{0,80}?\b(?:they|their|them|its)\b")
_JOINED_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:,|\s+and|\s+&)\s+$")
JOINED_REACH = 40
"""Characters before a writing read for a name and a joiner: a writing inside a list ("Dodi and Diana ... their")
shares its "their" with the list; not one after a clause's "and" ("the label, and X will release their")."""


def called_they(text: str, name: str) -> bool:
    """Whether a writing of ``name`` outside a list is followed in its clause by "they", "their" or "its"."""
    return any(_THEIR_AFTER.match(text, end) and not _JOINED_BEFORE.search(text, max(0, start - JOINED_REACH), start)
               and not _SPLIT.match(text, end) for start, end in phrase_spans(text, name))


def people_shown(names: Collection[str]) -> set[str]:
    """Of names kept people, the ones a list may lean on: full names opened by a census given name and their
    words ("Andrew Bynum", "Bynum"), and the hand-written given names alone ("Diana"); not a census name alone, which
    a probe or a ship may bear ("Rosetta and Philae"), nor a name kept for a weaker sign."""
    full = [n for n in names if " " in n and n.split()[0] in first_names()]
    return set(full) | {w for n in full for w in n.split()} | {n for n in names if n in hand_given_names()}


# "... Ahmadinejad's words. The Iranian president's wish is ...", "jumped to Obama, now preferring the Illinois
# senator": news goes on about a person named by his surname by his office or calling, a capitalised word of his
# state or country before it (a bare "the mayor" may be another, whom the text has not named: "Haldane said ...
# Though the mayor insisted"); offices of state only (a firm's president is "its president" or "the company's"),
# not callings: "the actor who plays" after "Superman" is another person, whom the text does not name.
_OFFICES = ("president|vice president|senator|governor|premier|prime minister|chancellor|mayor|minister|lawmaker|"
            "congressman|congresswoman|legislator|king|queen|prince|princess|pope")
_OFFICE_BACK = re.compile(rf"\b[Tt]he[^\S\n]+(?:(?:former|late|new|incoming|outgoing)[^\S\n]+)?[A-Z][a-z]+[^\S\n]+"
                          rf"(?:{_OFFICES})(?:['’]s\b|(?=[^\S\n]+(?!of\b)[a-z]+))")
OFFICE_BACK_REACH = 160
"""Characters after a writing read for the office going on about it: the rest of its sentence and the next."""


def office_back(text: str, name: str, others: Collection[tuple[int, int]]) -> bool:
    """Whether the text goes on about a writing of ``name`` by an office or a calling before it names another person
    (``others``: the spans of the other names tagged people), who may hold it."""
    for _, end in phrase_spans(text, name):
        found = _OFFICE_BACK.search(text, end, end + OFFICE_BACK_REACH)
        if found and not any(end <= start < found.start() for start, _ in others):
            return True
    return False


def shown_among_people(text: str, name: str, people: Collection[str], others: Collection[tuple[int, int]] = ()) -> bool:
    """A one-word name listed with people (``people_shown`` of ``people``) and never called "they", given an age,
    or gone on about by an office (``office_back``; ``others`` the spans of the other people's names): a person's
    whatever else the text shows of it."""
    return (aged(text, name) or listed_with_people(text, name, people_shown(people)) and not called_they(text, name)
            or office_back(text, name, others))
