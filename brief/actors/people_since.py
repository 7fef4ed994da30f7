"""Whether a "they" goes on with people the sentence before it named, when the body it would go on with was named
further back.

Why: "Lumen Labs sells ... [many sentences] ... That risk is one of many concerns held by critics of the plan. They
argue it would ...": the last body named is Lumen Labs, but a pronoun's antecedent is the nearest one that fits, and
the sentence right before named people ("critics", "the team") whom "they" fits; a body named sentences earlier is
no longer the centre. People a common noun names are no actor, so the statement is no one's rather than the body's.
Unlike ``people_they`` (people as the subject of the sentence after the body), the people may stand anywhere in
the sentence before, since no body stands between them and the pronoun to compete.
"""

from __future__ import annotations

import re

from brief.actors.body_kinds import COMPANY_NOUNS, GENERIC_BODIES
from brief.actors.groups import people_noun
from brief.actors.mentions import Mention
from brief.actors.people_they import SENTENCE_BREAK, they_are_people
from brief.actors.source_words import BODY_WORDS, GROUP, ORG_NOUNS

PEOPLE_COLLECTIVES = frozenset({"team", "crew", "couple"})
"""Singular nouns for a group of people that English goes on with as "they" ("the team discovered a fault. They
hope ..."); a name before one ("the Ferrari team") makes it a body's, which is left to the body rules."""
SINCE_REACH = 1200
"""Characters back read for the sentence before the pronoun's and the pronoun's own start (two long sentences)."""
_QUOTES = re.compile(r"[\"“”]")
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_PEOPLE_WORD = re.compile(r"[A-Za-z]+")
_OPENING_SUBJECT = re.compile(r"[\s\"“]*(?:(It)\b|The\s+([a-z]+)\b)")
"""The sentence before opening with the body as its subject, described or as "it" ("The company hired thousands of
drivers."): the body goes on there, and "they" with it."""
_BODY_NOUNS = COMPANY_NOUNS | GENERIC_BODIES | BODY_WORDS | ORG_NOUNS


def people_since(text: str, start: int, body: Mention | None) -> bool:
    """Whether the sentence before the "they" at ``start`` names people by a plural noun ("critics", "engineers")
    or a team, outside a quotation and not as a possessor ("the workers' union"), and ``body`` (the body the
    pronoun would otherwise go on with) was named before that sentence."""
    if body is None or body.kind == GROUP:
        return False  # "The men alleged ... They claimed": the people "they" goes on with are the actor
    window_start = max(0, start - SINCE_REACH)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, window_start, start)]
    if len(breaks) < 2:
        return False  # the sentence before is out of reach, or the pronoun's opens the text
    sentence_start, sentence_end = breaks[-2], breaks[-1]
    if body.start >= sentence_start:
        return False  # the body is named since: ``people_they`` weighs it against the people
    sentence = text[sentence_start:sentence_end]
    opening = _OPENING_SUBJECT.match(sentence)
    if opening is not None and (opening.group(1) or opening.group(2) in _BODY_NOUNS):
        return False  # "The company hired thousands of drivers. They said": the company goes on
    for w in _PEOPLE_WORD.finditer(sentence):
        if len(_QUOTES.findall(sentence, 0, w.start())) % 2:
            continue  # a word inside a quotation is the speaker's, not the narrative's antecedent
        word = w.group()
        if word[0].isupper() and sentence[: w.start()].strip(" \"“'‘("):
            continue  # "the Rangers": a capital inside the sentence is a name's, not a common noun's
        collective = word.lower() in PEOPLE_COLLECTIVES and not _NAMED_BEFORE.search(sentence, 0, w.start())
        if (collective or people_noun(word)) and not _POSSESSIVE_AFTER.match(sentence, w.end()):
            return True
    return False


def people_before(text: str, start: int, body: Mention | None) -> bool:
    """Whether the "they" at ``start`` goes on with people a noun named rather than with ``body``: as the subject
    after the body (``they_are_people``) or anywhere in the sentence before, the body named before it."""
    return they_are_people(text, start, body) or people_since(text, start, body)
