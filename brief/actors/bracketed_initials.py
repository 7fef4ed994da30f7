"""Initials the text itself gives a body, in brackets after its full name: "University Hospitals of North
Midlands NHS Trust (UHNM) said ... A UHNM spokesperson said". The text declares the two one body, so they
are one actor whatever letters the initials leave out ("NHS Trust" here), where the spelled initials of the
name ("UHNMNT") would not match and the body was listed twice, under each name. "The National Liberation Front of
Tarsia, or FLNT, said" declares the same, and there the initials may be those of the name in its own language, the
same letters in another order (a rebel group's, a foreign party's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brief.actors.grouping import Group
    from brief.actors.mentions import Mention

_WORD_PARTS = re.compile(r"[\s-]+")
MIN_PLACE_INITIALS = 3
"""Fewest capitals of initials the tagger typed a place that are read as the body's before them: two are as often a
state's ("(NY)")."""
MAX_BRACKET_GAP = 2
"""Most characters between the full name's end and the initials' start: " (" or "(" ("Trust (UHNM)")."""
OR_GAP = len(", or ")
"""Characters between the full name's end and initials written after it as its other name ("Front of Tarsia, or
FLNT,"): a comma, the word and two spaces."""
MIN_INITIALS = 2
"""Fewest capitals read as a body's initials ("UN"); one letter is no short form."""
MAX_INNER_INITIALS = 3
"""Longest word of capitals inside a name whose every letter its initials keep ("UN" of "UN Relief and Works
Agency", "UNRWA"; "EU", "NHS"): a longer one is a word of its own in the initials, or none."""


def _heads(name: str) -> list[str]:
    """The first letters of a name's capitalised words, each part of a hyphened one its own ("Wallaroo-Kinross
    Regional Council (WKRC)"), and every letter of initials inside it ("UN Relief and Works Agency (UNRWA)")."""
    return [c for w in _WORD_PARTS.split(name) if w[:1].isupper()
            for c in (w if w.isupper() and w.isalpha() and len(w) <= MAX_INNER_INITIALS else w[0])]


def initials_fit(initials: str, name: str) -> bool:
    """Whether the capitals are the first letters of the name's capitalised words in order, opening with
    its first ("UHNM" of "University Hospitals of North Midlands NHS Trust"; "FAA" of "Federal Aviation
    Administration"), some words left out: not just any capitals in brackets after a name (a party or a
    state after a politician's name is no short form of it)."""
    heads = _heads(name)
    if not heads or heads[0] != initials[0]:
        return False
    k = 0
    for letter in initials:
        while k < len(heads) and heads[k] != letter:
            k += 1
        if k == len(heads):
            return False
        k += 1
    return True


MAX_CODE_LETTERS = 4
"""Most capitals of a code a body is given in brackets that is no spelling of its initials ("KQ", "TSLA")."""


def code_fits(code: str, name: str) -> bool:
    """Whether capitals in brackets right after a body's name are a code the text gives it: an airline's or a
    listing's ("Kenya Airways (KQ)", "Tesla (TSLA)"), a few capitals opening with the name's first letter,
    which the body's spelled initials would not match."""
    heads = _heads(name)
    return bool(heads) and MIN_INITIALS <= len(code) <= MAX_CODE_LETTERS and code[0] == heads[0]


def _bracketed(m: Mention) -> bool:
    """A body's initials as written in brackets: one word of capitals after an opening bracket."""
    letters = m.surface.replace(".", "")
    return (m.after == "(" and (m.kind == "organization" or m.kind == "place" and len(letters) >= MIN_PLACE_INITIALS)
            and " " not in m.surface
            and len(letters) >= MIN_INITIALS and letters.isalpha() and (letters.isupper() or _word_cased(letters)))


def _or_named(m: Mention) -> bool:
    """A body's initials written after its full name as its other name (", or FLNT,"): one word of capitals after
    "or"."""
    letters = m.surface.replace(".", "")
    return (m.after == "or" and m.kind == "organization" and " " not in m.surface and len(letters) >= MIN_INITIALS
            and letters.isalpha() and letters.isupper())


def _reordered(letters: str, name: str) -> bool:
    """Whether the initials are the name's capitalised words' first letters, each once, in another order: a name's
    initials in its own language ("FLNT" of the National Liberation Front of Tarsia)."""
    return sorted(letters) == sorted(_heads(name))


def _word_cased(letters: str) -> bool:
    """Initials written as a word ("Knut" of the Kenya National Union of Teachers, "Kuppet", "Unesco"), as the
    Kenyan, Nigerian and British press write those they pronounce: a capital, then lower case."""
    return letters[0].isupper() and letters[1:].islower()


def join_bracketed_initials(groups: dict[tuple[str, str], Group]) -> None:
    """Join the group of initials written in brackets after an organisation's full name to that name's
    group: "... NHS Trust (UHNM)" makes every "UHNM" of the article the trust."""
    owner: dict[tuple[int, int], Group] = {}
    for g in groups.values():
        if g.kind == "organization":
            for m in g.mentions:
                owner[(m.article, m.end)] = g
    for g in list(groups.values()):
        if not g.mentions or g.kind not in ("organization", "place"):
            continue  # initials the tagger typed a place ("(WKRC)") are the body's when they spell its name
        for m in g.mentions:
            if _or_named(m):
                full = owner.get((m.article, m.start - OR_GAP))
                letters = m.surface.replace(".", "")
                if full is not None and full is not g and full.mentions and " " in full.key \
                        and (_fits(letters, full.key) or _reordered(letters, full.key)):
                    full.mentions.extend(g.mentions)
                    g.mentions.clear()
                    break
            if not _bracketed(m):
                continue
            full = next((owner[(m.article, m.start - gap)] for gap in range(1, MAX_BRACKET_GAP + 1)
                         if (m.article, m.start - gap) in owner), None)
            if full is not None and full is not g and full.mentions and " " in full.key \
                    and (_fits(m.surface.replace(".", ""), full.key) if g.kind == "organization"
                         else initials_fit(m.surface.replace(".", ""), full.key)):
                full.mentions.extend(g.mentions)
                g.mentions.clear()
                break


def _fits(letters: str, name: str) -> bool:
    """Whether bracketed letters are the name's initials or its code; written as a word ("Knut"), its initials
    only, every letter a word's first (a code or a word of its own would be a capital and three letters)."""
    if _word_cased(letters):
        return initials_fit(letters.upper(), name)
    return initials_fit(letters, name) or code_fits(letters, name)
