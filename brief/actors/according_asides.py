"""What was said around an "according to" set off in commas inside its clause.

"The ferry contract is, according to the guild, the largest in the region" and "The figures, according to Ann
Obi, deputy head of the office, were poor": the frame interrupts one clause, whose subject stands before it and
whose predicate follows the source (and the source's apposition). The model took one side only (the bare
subject "The ferry contract is", or the apposition's tail with the predicate), or ran the subject back over a
semicolon into the clause before it. The content is the clause whole; ``content_text`` leaves the frame out.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.according_openers import adverbial_opener, clause_follows
from brief.actors.attribution import Attribution
from brief.actors.open_predicates import awaits_complement, predicate_follows
from brief.actors.phrasing import inflected_verb, is_noun
from brief.actors.statements import trimmed_end
from brief.text.lexicon import AUXILIARY_VERBS

_ACCORDING = re.compile(r"according\s+to", re.I)
_COMMA_BEFORE = re.compile(r"\s*,\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
"""A comma that is no digit group's ("350,000")."""
_QUOTES = re.compile(r"[\"“”«»]")
SUBJECT_WORDS = 20
"""Longest subject before the frame ("The UPS contract with roughly 350,000 drivers"): longer, it is a clause."""
APPOSITION_WORDS = 20
"""Longest description of the source between its name and the predicate ("deputy director of the National
Center for Disaster Preparedness at the Earth Institute of Columbia University" is 15)."""
_RELATIVES = frozenset("who whose which that".split())
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+(?:it|he|she|they|we|i|there|the|this|its|their|his|her)\b")
"""Where a second clause joins the predicate (", and it will expire in July"): what the source said ends."""


def according_aside(text: str, attribution: Attribution, sentence: tuple[int, int]) -> Attribution:
    """The clause around ", according to X[, description], ..." when its subject (from the sentence's start or
    a semicolon, no verb in it) stands before the frame and its predicate after it: a verb follows the comma
    that closes the source ("..., were mixed"), or the subject ends in a copula that wants its complement
    ("is, according to X, the biggest"). The source takes in its description. Otherwise unchanged."""
    cue, source = attribution.cue, attribution.source
    sentence_start, sentence_end = sentence
    if attribution.quote or source is None or source[0] < cue[1] or _ACCORDING.fullmatch(text, *cue) is None:
        return attribution
    if not sentence_start <= cue[0] < sentence_end or _COMMA_BEFORE.search(text, sentence_start, cue[0]) is None:
        return attribution
    lead = max(sentence_start, text.rfind(";", sentence_start, cue[0]) + 1)
    while lead < cue[0] and text[lead].isspace():
        lead += 1
    subject = text[lead : cue[0]].rstrip(" ,")
    words = _WORD.findall(subject)
    if not words or len(words) > SUBJECT_WORDS or _QUOTES.search(subject) or _COMMA.search(subject):
        return attribution
    copula = awaits_complement(subject)
    if not copula and any(_verb(w.lower()) for w in words):
        return attribution  # "Prices rose 5%, according to the agency, ...": a clause ends at the frame
    for comma in _COMMA.finditer(text, source[1], sentence_end):
        described = _WORD.findall(text, source[1], comma.start())
        if len(described) > APPOSITION_WORDS or any(_verb(w.lower()) or w.lower() in _RELATIVES for w in described):
            return attribution
        rest = text[comma.end() : sentence_end].lstrip()
        if not rest or not (copula or predicate_follows(rest) or adverbial_opener(subject) and clause_follows(rest)):
            continue  # (an opener: "Since May, according to X, the fares have risen": the clause after it)
        joined = _JOINED_CLAUSE.search(text, comma.end(), sentence_end)
        end = trimmed_end(text, comma.end(), joined.start() if joined else sentence_end)
        if end <= comma.end():
            return attribution
        named = trimmed_end(text, source[0], comma.start())
        return dataclasses.replace(attribution, source=(source[0], named), content=(lead, end))
    return attribution


def _verb(word: str) -> bool:
    """Whether a word is a finite verb: an auxiliary, or an inflected form the dictionary knows as no noun."""
    return word in AUXILIARY_VERBS or (inflected_verb(word) and not is_noun(word))
