"""People written with their initials first: "JD Vance", "MK Stalin", "PB Balaji", "N Chandrasekaran".

The tagger learned from 1996 wire copy, where a run of capitals before a word was a firm's ("BT Group",
"GE Capital"), so it types such names organisations, takes a title into them ("Minister MK Stalin") or
leaves a single initial out ("Chandrasekaran"). Indian papers write most people this way and American
ones many ("JD Vance", "RFK Jr"). A firm of this shape has a body's word in its name or no sign of a
person beside it; a person has a title before the name or in it, a role after it with no article
("PB Balaji, group chief financial officer,"; a body's apposition takes one: "BT, the telecoms group"),
or the tagger's "person" on another writing of the surname.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.body_appositions import business_apposition
from brief.actors.gazetteer import ORG_WORDS, phrase_table
from brief.actors.kinds import ORGANIZATION_ENDINGS
from brief.actors.mentions import Mention, normalise
from brief.actors.personhood import company_or_product, known_place
from brief.actors.phrasing import is_noun
from brief.text.lexicon import PERSON_TITLES, TITLE_WORDS, TITLES

_INITIALS = re.compile(r"[A-Z]{1,4}|(?:[A-Z]\.){1,3}")
"""Initials without full stops ("JD", "MK", "TKS", "N"): four at most, as Indian names run; or with them, three at
most ("K.", "R.K."), which a title the tagger took into a body's span stands before as well ("Leader of the
Opposition K. Varadappa")."""
_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|Jr\.?|Sr\.?")
"""A word of a personal name after the initials: capitalised, no digit, or a generation."""
NAME_WORDS_AFTER = 3
"""Name words after the initials: "V Anantha Nageswaran", "KT Rama Rao" (a fourth is a firm's longer name)."""
_TITLE_WORDS = TITLES | PERSON_TITLES | TITLE_WORDS | frozenset({"chief", "deputy", "union", "vice", "prime"})
"""Words of a title the tagger takes into the name ("Chief Minister", "Union Minister", "Vice President")."""
_ROLES = ("chief executive|chief financial officer|chief operating officer|chief economist|chief minister|"
          "managing director|executive director|director|chairman|chairwoman|chairperson|chair|president|"
          "vice-president|vice president|founder|co-founder|head|CEO|CFO|COO|CTO|MD|minister|secretary|"
          "spokesperson|spokesman|spokeswoman|leader|MP|MLA|senator|governor|mayor|analyst|economist|professor|"
          "partner|lawyer|advocate|coach|captain|commissioner|inspector|superintendent|officer")
_ROLE_AFTER = re.compile(rf",\s+(?!the\b|a\b|an\b)(?:[\w'’-]+\s+){{0,3}}?(?:{_ROLES})\b(?!\s+(?-i:[A-Z]))", re.I)
"""A role in an apposition with no article, right after the name: ", group chief financial officer,",
", chairman of Tata Sons,". Up to three words before the role ("joint managing director", "BJP state
president"); not a role before a name ("UK Finance, chief executive David Postings, said": the body's
officer)."""
_SINGLE_INITIAL_BEFORE = re.compile(r"(?:^|(?<=[\n(“\"‘])|(?<=[a-z,:;.] ))([B-HJ-Z])\s$")
"""One initial right before a person's name the tagger began after it: "N Chandrasekaran". Not "A" or
"I", which are words, nor a letter that ends a capitalised name ("Plan B", "Formula E")."""


def _split(words: list[str]) -> int | None:
    """Where the initials stand among the name's words, when all words before them are a title's and
    personal-name words follow; None when the name has no such shape."""
    for at, word in enumerate(words):
        if _INITIALS.fullmatch(word):
            after = words[at + 1 :]
            if (1 <= len(after) <= NAME_WORDS_AFTER and all(_NAME_WORD.fullmatch(w) for w in after)
                    and all(w.lower().rstrip(".") in _TITLE_WORDS for w in words[:at])):
                return at
            return None
        if word.lower().rstrip(".") not in _TITLE_WORDS:
            return None
    return None


def _bodylike(words: list[str]) -> bool:
    """A body's word, a place or a dictionary word among the words after the initials ("BT Group", "EY
    India", "UK Finance"), or a name the gazetteer knows: a firm's or an office's name, not a person's."""
    return (any(w in ORGANIZATION_ENDINGS or w.lower() in ORG_WORDS or known_place(w) for w in words)
            or is_noun(words[-1].lower()) or tuple(words) in phrase_table())


CLUB_LETTERS = frozenset({"AC", "AFC", "AS", "CD", "CF", "FC", "FK", "NK", "RC", "SC", "SK", "SS", "SV"})
"""A football club's letters before its town ("AC Milan", "FC Porto", "SS Lazio"): another writing of the town the
tagger read a person ("Inter Milan" typed a person) is no sign that the letters are someone's initials; a title
before or a role after still is ("director SS Rajamouli")."""


TITLE_REACH = 30
"""Characters before the name read for a title the tagger left out of it ("Chief Minister ")."""
INITIAL_REACH = 3
"""Characters before a person's name read for a single initial: the letter, a space, and what precedes."""


def _titled_before(text: str, start: int) -> bool:
    before = text[max(0, start - TITLE_REACH) : start].split()
    return bool(before) and before[-1].lower().rstrip(".,") in _TITLE_WORDS


BODY_NOUN_REACH = 40
"""Characters before a name read for a body's noun ("the union ", "the regulator, ")."""


def initialled_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each initials-first name shown a person's retyped a person and any title
    before its initials cut off ("Minister MK Stalin" -> "MK Stalin"), then its surname alone too
    ("Stalin said", which a firm named after its founder is never written with initials), and a person's
    name the tagger began after a single initial begun before it ("N Chandrasekaran")."""
    people_words = {w for m in mentions if m.kind == "person" for w in m.name.split()[1:]}
    out = []
    retyped: set[str] = set()
    for m in mentions:
        surface = text[m.start : m.end]
        initial = _SINGLE_INITIAL_BEFORE.search(text, max(0, m.start - INITIAL_REACH), m.start)
        if m.kind == "person" and initial and _NAME_WORD.fullmatch(surface.split()[0]):
            start = initial.start(1)
            out.append(dataclasses.replace(m, start=start, name=f"{text[start]} {m.name}",
                                           surface=text[start : m.end]))
            continue
        spans = [(w.start(), w.group()) for w in re.finditer(r"\S+", surface)]
        words = [w for _, w in spans]
        at = _split(words)
        if (m.kind == "place" or m.demonym or m.medium or at is None or (m.kind == "person" and at == 0)
                or _bodylike(words[at + 1 :]) or business_apposition(text[max(0, m.start - BODY_NOUN_REACH) : m.start], words)):
            out.append(m)  # "the union IF Metall": a body's name after its noun, its capitals no one's initials
            continue
        shown = (at > 0 or _titled_before(text, m.start) or bool(_ROLE_AFTER.match(text, m.end))
                 or (words[-1] in people_words and words[at] not in CLUB_LETTERS))
        if not shown:
            out.append(m)
            continue
        start = m.start + spans[at][0]
        out.append(dataclasses.replace(m, start=start, name=normalise(" ".join(words[at:])),
                                       surface=text[start : m.end], kind="person"))
        retyped.add(words[-1])
    return [dataclasses.replace(m, kind="person") if m.kind == "organization" and m.name in retyped
            and not company_or_product(text, m.name) else m for m in out]
