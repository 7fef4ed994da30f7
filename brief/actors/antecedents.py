"""Which earlier name a bare "it" or "they" stands for: a body named as a subject, not one named
only where something was put or whose something it was.

Why: centering (Grosz, Joshi and Weinstein 1995) ranks a sentence's subject above its other
names as what the next sentence's pronoun goes on with. A name that is the object of a
preposition ("posted to Facebook", "on Instagram") or a possessive ("the EU's standards
regime") is seldom the one a later "it says" or "they say" means, yet it is often the last
body named before it.
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention
from brief.actors.noun_modifying_names import modifies_noun
from brief.actors.opening_subject import opens_sentence
from brief.actors.owned_things import person_thing_before
from brief.actors.people_since import people_since
from brief.actors.people_they import SENTENCE_BREAK, they_are_people

__all__ = ["indefinite_before", "latest_subject_body", "oblique", "they_are_people"]

_PREPOSITION_BEFORE = re.compile(
    r"(?<!according )\b(?:to|on|in|at|from|into|onto|with|about|against|for|of|over|under|across|via|through)"
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?$",
    re.IGNORECASE,
)
"""A preposition right before the name ("posted to Facebook", "on the BBC", "on its Facebook page"); "according to"
introduces a source and "by" a passive's agent, both doers, so neither is one."""
_POSSESSIVE_AFTER = re.compile(r"['’](?:s\b|\s)")
"""A possessive after the name: "the EU's", "the Greens' "."""
SUBJECT_REACH = 2
"""Sentences back over which a body opening a sentence is still the centre a pronoun goes on with
(as last_speaker.PRONOUN_REACH for the last speaker: past two, another party has usually come in)."""
PREPOSITION_REACH = 14
"""Characters back looked at for the preposition: the longest of them with "the " and spaces."""


def oblique(text: str, m: Mention) -> bool:
    """Whether the name stands in a prepositional phrase or as a possessor, not as a subject."""
    if _PREPOSITION_BEFORE.search(text, max(0, m.start - PREPOSITION_REACH), m.start):
        return True
    return bool(_POSSESSIVE_AFTER.match(text, m.end)) or modifies_noun(text, m)  # "told a Netflix documentary crew"


def latest_subject_body(text: str, before: list[Mention], sentence: int, they: int | None = None,
                        it: int | None = None) -> Mention | None:
    """The body "it" or "they" goes on with: the last organisation named, unless it is named as a
    prepositional object or a possessor; then the last organisation opening a sentence within
    ``SUBJECT_REACH`` sentences (the centre the text kept), or no one. A "they" (at ``they``) after
    people a noun described since that body is those people: no one (``they_are_people``), as after people the
    sentence before named, the body further back (``people_since``); an "it" (at ``it``) after a person's thing that
    sentence opened with is that thing (``person_thing_before``)."""
    bodies = [m for m in before if m.kind == "organization" and not m.demonym]
    if they is not None and they_are_people(text, they, next((m for m in reversed(bodies) if opens_sentence(text, m.start)), None)):
        return None  # "Uber drivers gathered ... They tell horror stories": the drivers
    country = _place_subject_since(text, before, sentence, bodies[-1] if bodies else None) if they is None else None
    if country is not None:
        return country  # "Russia has walked a fine line for years. ..., it has criticized": Russia
    if not bodies or not oblique(text, bodies[-1]):
        found = bodies[-1] if bodies else None
    else:
        found = next((m for m in reversed(bodies) if m.sentence >= sentence - SUBJECT_REACH
                      and opens_sentence(text, m.start) and not modifies_noun(text, m)), None)
    if it is not None and person_thing_before(text, it, found):
        return None  # "Her yearbook entry thanks her mother. It suggests": the entry, no actor
    return None if they is not None and people_since(text, they, found) else found  # "critics of X ... They argue"


def _place_subject_since(text: str, before: list[Mention], sentence: int, body: Mention | None) -> Mention | None:
    """A place (a country, a state) opening a sentence as its subject after the last body was named, in the
    pronoun's sentence or the one before: "it" goes on with that centre ("Israel and the United States objected.
    Russia has walked a fine line for years. One of six powers ..., it has criticized ..."), not the body."""
    return next((m for m in reversed(before) if m.kind == "place" and not m.demonym and m.sentence >= sentence - 1
                 and (body is None or m.start > body.end) and opens_sentence(text, m.start)
                 and not modifies_noun(text, m) and not _POSSESSIVE_AFTER.match(text, m.end)), None)


_INDEFINITE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|everyone|everybody|no one|nobody|whoever|a person|each person)\b",
    re.IGNORECASE,
)
INDEFINITE_REACH = 200
"""Characters back looked at for an indefinite person in the pronoun's own sentence (a long one's)."""


def indefinite_before(text: str, start: int) -> bool:
    """Whether a "they" follows an indefinite person in its own sentence ("someone who knows they are
    infective ... where they expect to ..."): the singular "they" of no one in particular, not a body
    named before."""
    window = text[max(0, start - INDEFINITE_REACH) : start]
    return _INDEFINITE.search(SENTENCE_BREAK.split(window)[-1]) is not None
