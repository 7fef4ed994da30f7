"""A person named after the office they hold of something: "Commissioner for Environment Tokunbo Wahab", "Chief
Justice of India Sanjiv Khanna", "Minister for Women and Equalities Kemi Badenoch".

The tagger, which never saw such offices in 1996 wire copy, took the office's object into the name and typed
the whole a body or a place ("Environment Tokunbo Wahab", "India Sanjiv Khanna"). A name right after an office
word and "of" or "for", opened by common nouns or a known place and ending in a person's name, is that person,
the office their role.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.personhood import known_place
from brief.actors.phrasing import is_noun
from brief.text.ending import search_ending
from brief.text.lexicon import PERSON_TITLES, TITLE_WORDS

OFFICE_WORDS = PERSON_TITLES | TITLE_WORDS | frozenset("commissioner head chief member chair".split())
"""Office nouns an office's object follows with "of" or "for" ("Minister for ...", "Chief Justice of ...")."""
_OFFICE_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s+){0,2}?([A-Z][a-z-]+))\s+(?:of|for)\s+(?:the\s+)?$")
OFFICE_REACH = 60
"""Characters before a name read for the office and its "of" or "for"."""
OFFICE_RUNS = 5
"""The most runs of non-space characters a match of ``_OFFICE_BEFORE`` spans (three capitalised words, "of", "the"):
only that end of the text before a name is searched (``search_ending``: the same matches; this runs for every name)."""
MIN_PERSON_WORDS = 2
MAX_PERSON_WORDS = 3
"""Words of the person's name left once the office's object is taken off: a given name and a surname, or a
middle name besides; one word alone ("Health Wahab") may be a surname or the object's last word."""
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def _object_length(words: list[str]) -> int:
    """How many leading words are the office's object: a known place ("India", "West Bengal") or common nouns
    and their joining words ("Women and Equalities"), none a given name."""
    for n in range(len(words) - MIN_PERSON_WORDS, 0, -1):
        if known_place(" ".join(words[:n])):
            return n
    k = 0
    while len(words) - k > MIN_PERSON_WORDS and (
            words[k] in ("and", "of", "the", "&") or is_noun(words[k]) and words[k] not in first_names()):
        k += 1
    return k if k and words[k - 1] not in ("and", "of", "the", "&") else 0


def office_holders(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each name that took in an office's object cut to the person's own name, a person
    with that office as role (see the module's docstring), and each that took in an office (``offices_inside``)."""
    mentions = offices_inside(text, mentions)
    out = []
    for m in mentions:
        before = search_ending(_OFFICE_BEFORE, text, OFFICE_RUNS, max(0, m.start - OFFICE_REACH), m.start)
        words = m.surface.split()
        if before is None or before.group(2).lower() not in OFFICE_WORDS or m.demonym or len(words) <= MIN_PERSON_WORDS:
            out.append(m)
            continue
        k = _object_length(words)
        person = words[k:]
        if (not k or len(person) > MAX_PERSON_WORDS or not all(_NAME_WORD.fullmatch(w) for w in person)
                or is_noun(person[0]) and person[0] not in first_names()):  # "Head of Home Office Security"
            out.append(m)
            continue
        start = m.start + [w.start() for w in re.finditer(r"\S+", text[m.start : m.end])][k]
        role = " ".join(text[before.start(1) : start].split())
        name = " ".join(person)
        out.append(dataclasses.replace(m, start=start, name=name, surface=text[start : m.end], kind="person",
                                       role=m.role or role, medium=False))
    return out


INNER_OFFICES = frozenset("Governor Minister Senator Mayor President Secretary Commissioner Chairman Chairwoman "
                          "Chairperson Premier Chancellor Ambassador MP MLA MEP Councillor Councilor Spokesman "
                          "Spokeswoman Spokesperson Leader Treasurer".split())
"""Offices written between a place or a body and a holder's name, which the tagger took into one person's name
("Kisumu Governor Anyang", "Oyo Senator Buhari Abdulfatai"); not "General", "Major" or "Justice", which open or
stand inside names as often."""


def offices_inside(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each person's name that holds an office word inside it cut to the words after the
    office, which with the words before it is the person's role."""
    out = []
    for m in mentions:
        words = m.surface.split()
        at = next((i for i, w in enumerate(words[1:-1], 1) if w in INNER_OFFICES), 0) if m.kind == "person" else 0
        if not at:
            out.append(m)
            continue
        starts = [w.start() for w in re.finditer(r"\S+", text[m.start : m.end])]
        start = m.start + starts[at + 1]
        out.append(dataclasses.replace(m, start=start, name=" ".join(words[at + 1 :]), surface=text[start : m.end],
                                       role=m.role or " ".join(words[: at + 1])))
    return out
