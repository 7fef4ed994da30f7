"""A person's name cut at its first word where that word is also a common word: "Economist Song Seng Wun",
"Economist XN Iraki", "Will Okafor, a trader, said".

Why a module of its own: the tagger, which learned names' shapes from 1996 wire copy, leaves out a first
word it mostly saw in lower case ("Song" after a role) or a given name's initials ("XN"), and the rule that drops a capitalised common word
glued to a name at a sentence start ("Despite Blinken") drops a given name that is also a word ("Will",
"Grant", "Hope"). The census list of given names keeps out every name that is a word (gender.first_names),
so neither can tell these apart by the list. The text can: a role noun right before the word ("economist
Song ...") says a name starts there; a given name that is a word, opening the sentence before a surname, is
the name's unless the sentence asks a question ("Will Biden run again?") or the surname is written
elsewhere after another given name ("Joe Biden").
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gazetteer import MONTHS_DAYS, demonym_country
from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.person_signs import ROLE_NOUNS
from brief.actors.personhood import known_place
from brief.actors.portfolio_holders import portfolio_after_office
from brief.actors.roles import HONORIFICS, ROLE_ENDS
from brief.actors.spelling_variants import unaccented
from brief.actors.written_ranks import CLIPPED_RANKS
from brief.text.lexicon import PERSON_TITLES

WORD_GIVEN_NAMES = frozenset(
    "Will Bill Grant Hope Faith Joy Grace Rose Mark Pat Rob Sue May Art Bob Jack Frank Earl Guy Drew Chase Dean "
    "Gene Ray Rich Sky Summer Dawn April June Ruby Amber Holly Ivy Lily Hunter Miles Pierce Reed Penny Hazel Iris "
    "Olive Pearl Violet Heather Glen Cliff Lane Jay Bud Buck Rusty Sunny Star Max Don Ben Nick Sandy Patience "
    "Precious Blessing Gift Godwin Favour Mercy Charity Goodluck Honour Wisdom Prince Rock Chance".split()
)
"""Given names that are also English words ("Will", "Grant", "Hope"), which the census list leaves out; news
bears them often (Nigerian and Kenyan names among them: "Blessing", "Goodluck", "Favour"). Read only where
the text shows a name's shape around them (a surname right after, the sentence's opening)."""

_ROLE_THEN_WORD = re.compile(r"(?:^|[^\w'’-])([A-Za-z][a-z-]+)[ \xa0]+([A-Z][a-z]+|[A-Z]{1,3}|(?:[A-Z]\.){1,3})[ \xa0]+$")
"""A role noun, then a capitalised word or a given name's initials, then the name: "economist Song | Seng Wun",
"economist XN | Iraki"."""
ROLE_REACH = 40
"""Characters before a name read for its role noun and its cut first word."""
_SENTENCE_OPENING = re.compile(r"(?:^|\n|[.!?][”\"’']?[ \xa0]+|[“\"‘][ \xa0]*)([^\W\d_][^\W\d_A-Z]+)[ \xa0]+$")
"""A word opening its sentence (a line, after a stop, after an opening quote), right before the name; its
letters may be accented ("José", "Ángel"), its capital is checked apart."""


def _name_word(word: str) -> bool:
    """A capitalised word that may be a name's first: no title, honorific, month, weekday, demonym or place."""
    lower = word.lower()
    return (lower.rstrip(".") not in PERSON_TITLES and lower not in HONORIFICS and lower not in ROLE_NOUNS
            and lower not in ROLE_ENDS  # "Chief Executive Officer Mara Feld": the title's last word, no name's first
            and lower not in MONTHS_DAYS and demonym_country(word) is None and not known_place(word))


def _role_cut(text: str, m: Mention) -> re.Match[str] | None:
    """ "Economist Song Seng Wun": the word between a role noun and the tagged name, if it is a name's."""
    if m.name.split()[0] in first_names():
        return None  # "Chief Executive Officer Owen Lacey": the tagger began the name at its given name
    before = _ROLE_THEN_WORD.search(text, max(0, m.start - ROLE_REACH), m.start)
    if (before and before.group(1).lower() in ROLE_NOUNS and _name_word(before.group(2))
            and before.group(1).lower() not in CLIPPED_RANKS.get(before.group(2).lower(), ())  # "Det Con": a rank
            and not portfolio_after_office([before.group(1), before.group(2)])):
        return before  # (not "Secretary Information | Ghulam Baloch": an office's portfolio written after it)
    return None


def _sentence_end(text: str, at: int) -> str:
    """The mark that ends the sentence holding ``at`` (".", "?", "!" or "" at a line's end)."""
    stop = re.compile(r"[.?!]|\n").search(text, at)
    return stop.group() if stop else ""


def _other_given(text: str, surname: str, given: str) -> bool:
    """Whether the text writes the surname after another given name than ``given`` ("Joe Biden"; not "Mr Biden")."""
    for before in re.finditer(rf"\b([A-Z][a-z]+)[ \xa0]+{re.escape(surname)}\b", text):
        other = before.group(1)
        if other != given and (other in first_names() or other in WORD_GIVEN_NAMES):
            return True
    return False


def _opening_given(text: str, m: Mention) -> re.Match[str] | None:
    """ "Will Okafor, a trader, said", "José Luis Martínez-Almeida, the mayor, said": a given name that is a
    word, or one written with accents (the lists and the tagger's 1996 wire copy spell "Jose"), dropped from
    the sentence's opening."""
    before = _SENTENCE_OPENING.search(text, max(0, m.start - ROLE_REACH), m.start)
    if before is None or not before.group(1)[:1].isupper() or _sentence_end(text, m.end) == "?":
        return None
    word = before.group(1)
    if word not in WORD_GIVEN_NAMES and (word.isascii() or unaccented(word) not in first_names()):
        return None
    return None if _other_given(text, m.name.split()[0], before.group(1)) else before


_INNER_WORD = re.compile(r"[a-z,;:][ \xa0]+([A-Z][a-z]+)[ \xa0]+$")
"""A capitalised word inside a sentence, after a lower-case word or a comma, right before the name: "following
Rich | Brooks' retirement"; a title-case headline, where every word is capitalised, has no lower-case word."""


def _inner_given(text: str, m: Mention) -> re.Match[str] | None:
    """ "following Rich Brooks' retirement": inside a sentence, a capitalised word that is a given name and a
    common word ("Rich", "Will", "Grant") is capitalised because it begins the name (a month is a date: "in May")."""
    before = _INNER_WORD.search(text, max(0, m.start - ROLE_REACH), m.start)
    if before is None or before.group(1) not in WORD_GIVEN_NAMES or before.group(1).lower() in MONTHS_DAYS:
        return None
    return None if _other_given(text, m.name.split()[0], before.group(1)) else before


def word_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person's name cut at a first word that is also a common word made whole: "Song
    Seng Wun" (after a role noun, which is then its role), "Will Okafor" (opening its sentence)."""
    out = []
    ends = {m.end for m in mentions}
    for m in mentions:
        if m.kind != "person" or m.demonym or not m.name[:1].isupper():
            out.append(m)
            continue
        role = _role_cut(text, m)
        opening = None if role else _opening_given(text, m) or _inner_given(text, m)
        cut = role or opening
        if cut is None or cut.end(2 if role else 1) in ends:  # the word is a name of its own ("Apple CEO")
            out.append(m)
            continue
        start = cut.start(2) if role else cut.start(1)
        surface = text[start : m.end]
        out.append(dataclasses.replace(m, start=start, name=f"{text[start : m.start].strip()} {m.name}",
                                       surface=surface, role=m.role or (role.group(1) if role else ""),
                                       after=m.after if opening else role.group(1).lower() if role else m.after))
    return out
