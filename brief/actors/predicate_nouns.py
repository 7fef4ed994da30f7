"""A verb coordinated after "be" and a noun shares the clause's subject: in "she was an influential social media
user and, on June 30, had posted ...", "social media" posted nothing; she did.

Why: the source tagger reads the words right before the cue, past the "and", as its subject, so a noun that only
modifies the predicate's noun ("social media" of "user") became the source of the second verb, and the words went
to no one. When the model's source stands inside the noun phrase that follows "was a"/"is an", and only the rest of
that phrase and "and" (with an aside in commas) lie between it and the cue, the clause's subject before "be" is
the source; a pronoun there, in a clause set inside one a name opens ("Dunn had been flagged because she was"), is
that name.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution

MAX_NOUN_WORDS = 4
"""Words of the predicate's noun phrase before the source ("an influential | social media"; set by hand)."""
_BE_NOUN = re.compile(
    r"\b(?P<subject>[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:was|is|were|are|had\s+been|has\s+been|have\s+been)\s+(?:an?|the)\s+"
    rf"(?:[a-z][\w'’-]*\s+){{0,{MAX_NOUN_WORDS}}}$")
"""From the clause's subject to the source: the subject, a form of "be" and the start of its noun phrase."""
_NOUN_THEN_AND = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}\s*,?\s+and\s*(?:,[^,;:.!?“”\"]{1,40},\s*)?")
"""From the source to the cue: the rest of the noun phrase ("user"), "and", and an aside in commas (", on June 30,")."""
SUBJECT_REACH = 120
"""Characters before the source read for the subject and its "be"."""
_PRONOUN = re.compile(r"[Hh]e|[Ss]he|[Tt]hey")
_MAIN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:[a-z][\w'’-]*\s+){1,6}(?:because|after|since|when|while|as|although|though)\s+$")
"""A sentence opened by a name and its verb, then a subordinator right before the pronoun ("Dunn had been flagged
because | she"): the pronoun of a clause set inside the main one is the main clause's subject, the name."""


def subject_of_predicate_noun(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its source moved to the subject of the "be" clause whose noun phrase held it, when the
    cue is a verb coordinated after that clause (see above); any other attribution as it is."""
    source = attribution.source
    if source is None or source[1] > attribution.cue[0] or not _NOUN_THEN_AND.fullmatch(text, source[1], attribution.cue[0]):
        return attribution
    clause = _BE_NOUN.search(text, max(0, source[0] - SUBJECT_REACH), source[0])
    if clause is None:
        return attribution
    subject = (clause.start("subject"), clause.end("subject"))
    if _PRONOUN.fullmatch(text, *subject):
        main = _MAIN_SUBJECT.search(text, max(0, subject[0] - SUBJECT_REACH), subject[0])
        if main is not None:
            subject = (main.start("name"), main.end("name"))
    return dataclasses.replace(attribution, source=subject)
