"""A clause opened by an adverbial, then interrupted by "according to": "Since last spring, according to the
union, the ferries have burned twice the fuel" and "One evening in 2009, according to his memoir, he called
..." are the source's clause whole. The opener (a time, a place, a circumstance: no verb of its own) is no
statement; the clause after the source's comma is what the source says. The model kept the opener alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.gazetteer import MONTHS_DAYS
from brief.actors.phrasing import inflected_verb, is_noun
from brief.text.lexicon import AUXILIARY_VERBS

_LINKS = frozenset("but and yet so then".split())
"""Words a sentence's opener may start with before its preposition or time ("But the next day, ...")."""
_PREPOSITIONS = frozenset(
    "since in at on during after before among amid by for from under with without until over across throughout "
    "within between behind beyond despite inside outside near".split()
)
"""Prepositions an adverbial opener starts with ("Since last November", "In addition", "At one point")."""
_TIME_WORDS = frozenset(
    "day days week weeks month months year years morning afternoon evening night weekend time moment "
    "decade century season spring summer autumn fall winter".split()
) | MONTHS_DAYS
"""Nouns that make a phrase without a preposition a time ("One Sunday in late 2001", "The next day")."""
_ACCORDING = re.compile(r"according\s+to", re.I)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")
OPENER_WORDS = 8
"""Longest opener read as an adverbial ("One Sunday in late 2001" is 5): longer, it is a clause of its own."""
CLAUSE_REACH = 6
"""Words after the source's comma within which the clause's finite verb stands ("the state security forces have
killed": 4); a clause whose verb comes later is more likely a list or an apposition."""
_CLAUSE_COMMA = re.compile(r",(?!\d{3}(?!\d))")
"""A comma that ends the clause's first stretch, not one inside a number ("some 12,500 riders switched")."""
_NOT_CLAUSE_START = frozenset("and but or which who whose that where when while although though as".split())
"""Words that join another clause rather than resume the interrupted one (first after the comma, or before the verb)."""
_APPOSITIONS = _NOT_CLAUSE_START | frozenset(("a", "an", "another"))
"""First words of the source's description ("according to X, a group that ..."), not of the clause resumed."""


def adverbial_opener(opener: str) -> bool:
    """Whether the words before ", according to" are an adverbial that opens a clause, not a clause or a subject:
    a preposition's phrase or a time, with no finite verb."""
    words = [w.lower() for w in _WORD.findall(opener)]
    while words and words[0] in _LINKS:
        words = words[1:]
    if not words or len(words) > OPENER_WORDS or any(_verb(w) for w in words[1:]):
        return False
    return words[0] in _PREPOSITIONS or any(w in _TIME_WORDS or _YEAR.fullmatch(w) for w in words)


def clause_follows(rest: str) -> bool:
    """Whether the words after the source's comma are a clause: a subject, then its finite verb, soon."""
    words = [w.lower() for w in _WORD.findall(_CLAUSE_COMMA.split(rest, 1)[0])][:CLAUSE_REACH]
    if len(words) < 2 or words[0] in _APPOSITIONS or _verb(words[0]) or not rest[:1].isalnum():
        return False
    for word in words[1:]:
        if word in _NOT_CLAUSE_START:
            return False  # "a group that tracks ...": the source's description, its own clause
        if _verb(word):
            return True
    return False


def _verb(word: str) -> bool:
    """Whether a word is a finite verb: an auxiliary, or an inflected form the dictionary knows as no noun."""
    return word in AUXILIARY_VERBS or (inflected_verb(word) and not is_noun(word))


def opened_clauses(text: str, attributions: list[Attribution], sentence_spans: Sequence[tuple[int, int]]) -> list[Attribution]:
    """Each "according to" whose content is only the adverbial opening its clause ("Since last spring") given the
    clause whole, as ``according_aside`` reads it: the opener alone states nothing and would be dropped."""
    from brief.actors.according_asides import according_aside  # it imports this module: read at call time

    out = []
    for a in attributions:
        if (_ACCORDING.fullmatch(text, *a.cue) and 0 <= a.sentence < len(sentence_spans)
                and a.content[1] <= a.cue[0] and adverbial_opener(text[a.content[0] : a.content[1]])):
            a = according_aside(text, a, sentence_spans[a.sentence])
        out.append(a)
    return out
