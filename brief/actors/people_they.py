"""Whether a "they" goes on with people a noun described ("drivers", "workers"), not with a body.

Why: "Uber drivers gathered outside its office. They tell horror stories about the company's hiring":
the last body named before "they" is Uber, but the people of the sentence before are the drivers, and
a pronoun's antecedent is the nearest fitting one (a company is mostly "it"). People a common noun
describes are no actor, so the statement is no one's rather than the body's.
"""

from __future__ import annotations

import re

from brief.actors.content_ends import finite_word
from brief.actors.mentions import Mention
from brief.actors.source_words import EXPERTS, GROUP, PRIVATE_PEOPLE

PEOPLE_NOUNS = frozenset(
    w for w in PRIVATE_PEOPLE | EXPERTS if w.endswith("s") or w in ("men", "women", "children", "people")
) | frozenset("employees staff nurses teachers customers passengers patients users tenants pupils miners".split())
"""Plural nouns for people who are no body ("drivers", "workers", "residents"); not "members" or
"officials", who speak for the body they belong to."""
SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Mt))(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Sgt|Rev))"
                            r"[.!?][\"”’']?\s+|\n")
"""A sentence's end: a stop, maybe a closing quote, and space; or a new line (shared by the pronoun readers). Not
the stop of an initial ("M.A. Baby", "G. Sudhakaran") or of a title's short form ("Mr. Oduya", "Gen. Tarr"),
which a name runs on past."""
SUBJECT_WORDS = 5
"""Words opening a sentence that hold its subject's noun ("Thousands of angry drivers", "Uber drivers"):
past them, or past a verb ("Police arrested three men. They said": the police), the people are the
verb's object, which the pronoun goes on with less."""
PEOPLE_REACH = 400
"""Characters back read for the sentence before the pronoun's: a long sentence and the pronoun's own start."""


def they_are_people(text: str, start: int, body: Mention | None) -> bool:
    """Whether the "they" at ``start`` goes on with people a plural noun described as the subject of
    the sentence before it (or of its own sentence, before it), named after the latest body opening a sentence (``body``: "Uber
    drivers gathered", "Amazon employs 3,000 workers"), not with that body."""
    if body is not None and body.kind == GROUP:
        return False  # "The men alleged ... They claimed": the people "they" goes on with are the actor
    window_start = max(0, start - PEOPLE_REACH)
    window = text[window_start:start]
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(window)]
    if len(breaks) >= 2:
        window_start, window = window_start + breaks[-2], window[breaks[-2] :]
    elif not breaks and window_start > 0:
        return False  # no sentence's start within reach
    floor = body.start - window_start if body is not None else 0
    opening = 0
    for part in SENTENCE_BREAK.split(window):
        at = window.find(part, opening)
        opening = at + len(part)
        words = list(re.finditer(r"[A-Za-z]+", part))
        reach = SUBJECT_WORDS
        for k, w in enumerate(words):
            if k >= reach:
                break
            if w.group() == "that":
                reach = k + 1 + SUBJECT_WORDS  # "Many reports suggest that beleaguered drivers": the clause's subject
                continue
            described = k + 1 < len(words) and words[k + 1].group().lower() in PEOPLE_NOUNS  # "beleaguered drivers"
            if finite_word(w.group()) and w.group().lower() not in EMPLOYING and not described:
                break  # "Police arrested three men": past the verb, the people are its object
            if (w.group().lower() in PEOPLE_NOUNS and at + w.start() >= floor and not _named_after(part, w.end())
                    and not _PASSIVE_AFTER.match(part, w.end())):
                return True
    return False


EMPLOYING = frozenset("employs employed hires hired".split())
"""Verbs whose object is the subject's own people ("Amazon employs 3,000 workers at its warehouse. They
complain ..."): a body is "it" to the text, and the staff it employs are whom the next "they" goes on with."""


_PASSIVE_AFTER = re.compile(r"\s+(?:were|are|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|wn)|told|paid|laid|sent|left)\b")
"""A passive after the people ("Employees were told by email"): what was done to them, by whoever "they" is."""


_POSSESSIVE = re.compile(r"['’]s?\b")


def _named_after(window: str, end: int) -> bool:
    """ "the workers' union": a people noun as a possessor describes something else."""
    return bool(_POSSESSIVE.match(window, end))
