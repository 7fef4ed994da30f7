"""Signs that a surname written alone is a person's, read where the tagger called it one but nothing beside it did.

News names a person in full once (or never: "Kerry", "Federer" are known to its readers) and then writes the
surname alone, which ``personhood`` had to retype an organisation when no role, title or given name stood beside
it. English goes on about such a surname the way it goes on about a person, not a body: a "he" or "his" comes
next before any other name ("Kerry fails to mobilize his supporters"), the next sentence calls it by a person's
office or calling or age ("... Ahmadinejad's words. The Iranian president's wish", "The 18-year-old looked"), or
it is paired with a person's name ("Dodi and Diana", "Bynum and Bryant"). A body is "it" and "its", is "the
company" or "the club", and is paired with bodies.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from brief.actors.callings import CALLINGS
from brief.actors.gender import first_names
from brief.actors.mentions import Mention
from brief.actors.named_people import spoken_of_as_person
from brief.actors.phrasing import is_noun, verb_lemma
from brief.text.phrases import phrase_spans

_OFFICES = ("president|governor|senator|premier|prime minister|chancellor|mayor|minister|lawmaker|legislator|king|"
            "queen|congressman|congresswoman|ayatollah|cleric|pontiff|veteran|youngster|teenager|champion|challenger|star")
"""Offices of state and a sportsman's or performer's standing, by which news goes on about a person it has named
("the senator", "the defending champion", "the youngster"); a body is "the company", "the club", "the group". Not a
club's staff ("the coach", "the manager", "the captain"), whom news names by the club ("the Derby manager")."""
_THE_OFFICE = re.compile(
    rf"\b[Tt]he\s+(?:(?:former|late|new|top-ranked|world|[A-Z][a-z]+|\d{{1,3}}-year-old)\s+){{0,2}}"
    rf"(?:{_OFFICES}|{'|'.join(sorted(CALLINGS, key=len, reverse=True))})(?=['’]s\b|\s+(?!of\b|and\b)[a-z]+)")
"""The office pointing back ("The Iranian president's wish", "the Illinois senator by 24 points", "The
Swiss star said"); not "the president of" a body, whose office it names."""
_THE_AGED = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\s+([a-z]+)\b")
"""'The 18-year-old looked ...': an age as the subject, then its verb (a body's age is "the 150-year-old firm")."""
OFFICE_REACH = 200
"""Characters after a writing of the name read for the office pointing back: the rest of its sentence and the
next one."""
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])")
"""A sentence's end: the office must stand in the name's own sentence or the next one, no further."""

_PAIR_AFTER = re.compile(r"(?:,\s+[A-Z][\w'’-]+)*,?\s+(?:and|&)\s+(?=[A-Z])")
"""' and ' (after a list's other members) from the name to the next member of its pair or list."""
_PAIR_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+)(?:,\s+[A-Z][\w'’-]+)*,?\s+(?:and|&)\s+$|"
                          r"(?<![\w'’-])([A-Z][\w'’-]+),\s+(?=[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+(?:and|&)\s)")
PAIR_REACH = 60
"""Characters before a writing of the name read for the pair's or list's other member ("Kaka, Pato and ")."""


def _office_back(text: str, name: str, end: int, others: Sequence[int]) -> bool:
    """Whether the sentence after the name's writing ending at ``end``, or the next, calls it by an office or an age
    before any other name (``others``: where the other names start) stands between."""
    window = text[end : end + OFFICE_REACH]
    stops = [m.end() for m in _SENTENCE_END.finditer(window)]
    limit = stops[1] if len(stops) > 1 else len(window)
    found = _THE_OFFICE.search(window, 0, limit)
    aged = _THE_AGED.search(window, 0, limit)
    if aged is not None and (is_noun(aged.group(1)) or verb_lemma(aged.group(1)) is None):
        aged = None  # "the 150-year-old firm": the age is a thing's
    if found is not None and name in found.group(0):
        found = None  # "Derby ... the Derby star": the club's man, not the club
    hits = [h.start() for h in (found, aged) if h is not None]
    return bool(hits) and not any(end <= at < end + min(hits) for at in others)


def _paired_with_person(text: str, start: int, end: int, people: dict[int, str], known: Collection[str]) -> bool:
    """Whether the name at ``start``-``end`` is one of a pair or list of names whose other member is a known
    person's (``known``) the tagger typed a person there (``people``: where person mentions start)."""
    after = _PAIR_AFTER.match(text, end)
    if after is not None and _known(people.get(after.end()), known):
        return True
    before = _PAIR_BEFORE.search(text, max(0, start - PAIR_REACH), start)
    if before is not None:
        at = before.start(1) if before.group(1) else before.start(2)
        return _known(people.get(at), known)
    return False


def _known(name: str | None, known: Collection[str]) -> bool:
    """Whether a name is a person's the text shows (``known``) or a common given name ("Diana")."""
    return name is not None and (name in known or name in first_names())


_CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;,\n\"“”(—–-]|\b(?:but|that|when|while|as|after|before|if|because|then|"
                             r"though|although|since|until|so)|\b(?:[Tt]op-ranked|[Ff]ormer|[Ll]ate))\s*$")
"""What stands before a name opening its clause, where it is the subject that a "he" after it goes on about: not a
platform or a firm read as an object ("posted on Twitter that he", "sued Acme, and he"), whose "he" is the person
named before it. Not "and" or "or", which as often join objects ("over Nani and Anderson. He said"): a pair is read by
``_paired_with_person``."""
CLAUSE_REACH = 20
"""Characters before a writing of the name read for what opens its clause."""
_OWNED_AFTER = re.compile(r"['’]s?\s")
"""A possessive right after the name ("Varaskian's words"): a person's or a body's own, either the subject an office
goes on about."""


def _opens_clause(text: str, start: int) -> bool:
    return bool(_CLAUSE_OPENING.search(text, max(0, start - CLAUSE_REACH), start))


def _quoted(text: str, start: int) -> bool:
    """Whether the writing at ``start`` stands inside a quotation of its paragraph: a "he says" after it is the
    speaker's ('"We show that Talib means mines," he says')."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _subject_spans(text: str, name: str, possessive: bool = False) -> list[tuple[int, int]]:
    """The writings of the name that open a clause outside a quotation (or, with ``possessive``, own what
    follows)."""
    return [(start, end) for start, end in phrase_spans(text, name)
            if _opens_clause(text, start) and not _quoted(text, start) or possessive and _OWNED_AFTER.match(text, end)]


def surname_shown(text: str, name: str, mentions: Sequence[Mention], known: Collection[str]) -> bool:
    """Whether the text goes on about ``name`` as a person: a person's pronoun is the first after it before any
    other name and no thing's pronoun ever is (``spoken_of_as_person``), an office or an age points back to it, or
    it is paired with a person's name the text shows (``known``); the pronoun and the office only after a writing
    that is its clause's subject (``_subject_spans``). ``mentions`` hold every name's writing, placed in ``text``."""
    subjects = _subject_spans(text, name)
    if subjects and spoken_of_as_person(text, name, mentions, subjects):
        return True
    others = sorted(m.start for m in mentions if m.name != name and m.kind in ("person", "organization"))
    people = {m.start: m.name for m in mentions if m.kind == "person" and m.name != name}
    return (any(_office_back(text, name, end, others) for _, end in _subject_spans(text, name, possessive=True))
            or any(_paired_with_person(text, start, end, people, known) for start, end in phrase_spans(text, name)))
