"""A pronoun source right after a fronted clause of time or cause is that clause's subject, not a person its
predicate names: "When Walker met with coach Tyrone Willingham this week, he said he would wait" is Walker.

Why: the resolver gives a "he said" the latest person its own sentence names, which after such a clause is the
clause's object (whom the subject met, called, beat); the clause's subject is whom the sentence is about, and the
one its main clause goes on with ("After Price beat Ortiz in the final, she said ..." is Price).
"""

from __future__ import annotations

import re

from brief.actors.mentions import Mention

_FRONTED = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile|[Oo]nce|[Aa]s\s+soon\s+as|[Ss]ince)\s+"
                      r"(?:(?:[A-Z][\w'’.-]*|the|a)\s+){0,3}\Z")
"""The subordinator, perhaps a title or a description's words after it, right before the clause's subject."""
SUBORDINATOR_REACH = 60
"""Characters read back from the clause's subject for its subordinator and the title or words between ("When
Prime Minister ...")."""
CLAUSE_REACH = 200
"""Characters a fronted clause spans at most, from its subject to the comma before the pronoun."""
_CLOSED = re.compile(r"[.;:!?]")
"""A mark that ends a sentence: the clause and the pronoun are not one sentence's."""
_QUOTE_MARKS = re.compile(r"[\"“”]")
"""Quotation marks: in pairs, a term the clause quotes ("called Ramage an “exemplary citizen”"); one alone opens or
closes a quotation, and the clause and the pronoun are not one sentence's."""


def fronted_clause_subject(text: str, before: list[Mention], start: int) -> Mention | None:
    """The person who opens a fronted clause set off by the comma right before the pronoun at ``start`` (see the
    module's docstring), of the mentions ``before`` it; None when the pronoun follows no such clause."""
    if not re.search(r",\s*\Z", text[max(0, start - 4) : start]):
        return None
    for m in before:
        if m.kind != "person" or m.demonym or not 0 < start - m.end <= CLAUSE_REACH:
            continue
        if _FRONTED.search(text, max(0, m.start - SUBORDINATOR_REACH), m.start) is None or _CLOSED.search(text, m.end, start):
            continue
        if len(_QUOTE_MARKS.findall(text, m.end, start)) % 2:
            continue
        if text.count(",", m.end, start) != 1 or not re.match(r"\s+[a-z]", text[m.end :]):
            continue  # "When Walker met ...,": one comma, the clause's own, and the name is its subject (a verb next)
        return m
    return None
