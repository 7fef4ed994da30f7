"""Where what was said stops when the writer turns, in the same sentence, to what the source did or did
not say next: "Norvik says the car is a preview, but it didn't say when it will go on sale".

The cue model ends a content at the sentence's end unless a mark tells it otherwise. A contrasting
clause ("but", "yet", "though") whose subject is a pronoun and whose verb is one of saying ("didn't
say", "would not disclose", "declined to comment") is the writer's report about the source, never
part of the source's words: the content stops before it. A pronoun is required, so that a clause of
another named subject ("but the union said ...") is left to the rules that weigh whose clause it is.
An aside in parentheses that says what someone would not say or specify is the writer's too.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import open_quotation
from brief.actors.cues import CUE_GROUP, lemma

_REPORTED_AGAIN = re.compile(
    r"\s*,\s*(?:but|yet|though|although)\s+(?:it|he|she|they|we|I)\s+"
    r"(?:(?:did|does|do|would|could|will|has|have|had|was|were|is|are)(?:n['’]t|\s+not)?\s+|(?:also|then|later)\s+)?"
    r"(?P<verb>[a-z]+)\b")
"""A comma, a contrasting conjunction, a subject pronoun, an optional auxiliary (negated or not) and the
clause's verb."""
_ASIDE_UNSAID = re.compile(
    r"\s*\(\s*(?:[\w'’-]+\s+){1,3}?(?:(?:did|does|do|would|could|will)(?:n['’]t|\s+not)\s+|(?:declined|refused)\s+to\s+)"
    r"(?P<verb>[a-z]+)\b")
"""An aside in parentheses whose subject (up to three words) did not or would not say something ("(spokespeople
wouldn't specify which one)", "(she did not name them)"): the writer's note about the source."""
_DETAILING = frozenset(lemma(w) for w in ("specify", "elaborate", "detail", "name", "identify", "disclose", "comment",
                                          "give", "provide"))
"""Verbs of giving particulars ("wouldn't specify which one", "did not name them", "though it has not given a
date", "but it provided no figures"), reported like saying."""
_REFUSING = frozenset(lemma(w) for w in ("decline", "refuse"))
"""Verbs of refusing to speak ("but he declined to comment"): a report about the source, like a verb of saying."""


def _saying(verb: str) -> bool:
    head = lemma(verb)
    return CUE_GROUP.get(head) == "speech" or head in _REFUSING or head in _DETAILING



def before_unsaid_clause(text: str, attribution: Attribution) -> Attribution:
    """The content cut before ", but it didn't say ..." or "(officials wouldn't specify ...)" (the writer's
    clause or aside about the same source)."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    for clause in _REPORTED_AGAIN.finditer(text, start, end):
        if clause.start() > start and _saying(clause.group("verb")) and not open_quotation(text[start : clause.start()]):
            return dataclasses.replace(attribution, content=(start, clause.start()))
    for aside in _ASIDE_UNSAID.finditer(text, start, end):
        if aside.start() > start and _saying(aside.group("verb")) and not open_quotation(text[start : aside.start()]):
            return dataclasses.replace(attribution, content=(start, aside.start()))
    return attribution
