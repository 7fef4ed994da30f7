"""A person's full name the tagger typed an organisation: "Taylor Swift", "Seth Rogen", "Katy Perry".

The tagger learned from 1996 wire copy, where two capitalised words after "Swift" or "Perry" were as
often a firm's; it has no list of first names. A name of a common given name and one more word is a
person's when the text then goes on about it as "she" or "he" before it names anyone else: a firm
named after its founder ("Merrill Lynch", "Philip Morris", "Eli Lilly") is "it" or "they", and the wire
copy had them so (on the CoNLL files such names are firms as often as people, so the shape alone is
not enough).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.callings import CALLINGS_PATTERN
from brief.actors.gazetteer import ORG_WORDS, phrase_table
from brief.actors.gender import first_names
from brief.actors.kinds import AREA_ENDINGS, ORGANIZATION_ENDINGS, OUTLET_OR_TEAM_ENDINGS
from brief.actors.mentions import Mention
from brief.text.ending import search_ending
from brief.text.phrases import phrase_spans

_SURNAME = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
"""One capitalised word, hyphenated at most once ("Perry", "O'Neill", "Smith-Jones"): no acronym, no digit."""
_BODY_WORDS = ORGANIZATION_ENDINGS | OUTLET_OR_TEAM_ENDINGS | AREA_ENDINGS

_PRONOUN = re.compile(r"\b(?:(he|she|his|her|him|himself|herself)|it|its|itself|they|their|them|themselves)\b",
                      re.I)
PRONOUN_REACH = 160
"""Characters after the name searched for the pronoun that goes on about it: the rest of its sentence
and the start of the next ("... Taylor Swift. When she recently stepped out ...")."""


def personal_name(name: str) -> bool:
    """ "Taylor Swift": a known given name, then a surname-shaped word no body's name ends with, and no
    phrase the gazetteer knows (a country, a city, a firm)."""
    words = name.split()
    return (len(words) == 2 and words[0] in first_names() and bool(_SURNAME.fullmatch(words[1]))
            and words[1] not in _BODY_WORDS and words[1].lower() not in ORG_WORDS
            and tuple(words) not in phrase_table())


def spoken_of_as_person(text: str, name: str, mentions: Sequence[Mention]) -> bool:
    """Whether the first pronoun after ``name``, before any other name, is a person's ("she", "his") at
    least once and a thing's or a group's ("it", "their") never."""
    others = sorted(m.start for m in mentions if m.name != name)
    personal = False
    for _, end in phrase_spans(text, name):
        window = text[end : end + PRONOUN_REACH]
        found = _PRONOUN.search(window)
        if found is None:
            continue
        if any(end <= at < end + found.start() for at in others):
            continue  # "Eli Lilly chief executive David Ricks said he": the pronoun is another's
        if not found.group(1):
            return False
        personal = True
    return personal


# Callings only one person has, right before the name or in an apposition after it (``callings``).
_CALLINGS = CALLINGS_PATTERN
_CALLING_BEFORE = re.compile(rf"\b(?:{_CALLINGS}|co-?star|castmate|bandmate)\s+$", re.I)
"""A calling right before the name; or a fellow performer ("her co-star Imogen Stroud"), a person, though no role
of theirs (``source_words.RELATIVES``: said of whom they play with, as "her sister" is)."""
_CALLING_AFTER = re.compile(rf"^,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_CALLINGS})\b", re.I)
# "Afrobeats star Davido", "Bollywood star Shah Rukh Khan", "reality TV star X": "star" after a word naming its
# field (capitalised, or one of these) is a person's calling; "star" alone is not ("the Death Star", "a star
# player"), and the capital must be the field's, not a sentence's start ("Star Wars").
_STAR_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*|\b(?:pop|rock|rap|reality|TV|film|movie|screen|soap|country|"
                          r"football|tennis|cricket|basketball|YouTube|TikTok|Instagram))\s+(?:star|superstar|icon|legend)\s+$")
CALLING_REACH = 40
"""Characters before the name read for its calling: a word or two."""
CALLING_RUNS = 2
"""The most runs of non-space characters a match of ``_CALLING_BEFORE`` ("fashion designer ") or ``_STAR_BEFORE``
("pop star ") spans: only that end of the text before a name is searched (``search_ending``: the same matches)."""


def called_a_person(text: str, name: str) -> bool:
    """ "singer Beyonce", "Kazz, the Grammy-winning rapper,": the text gives the name a person's calling."""
    return any(search_ending(_CALLING_BEFORE, text[max(0, start - CALLING_REACH) : start], CALLING_RUNS)
               or search_ending(_STAR_BEFORE, text[max(0, start - CALLING_REACH) : start], CALLING_RUNS)
               or _CALLING_AFTER.match(text[end : end + CALLING_REACH + 20])
               for start, end in phrase_spans(text, name))
