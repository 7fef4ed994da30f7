"""A name that a fronted clause holding "his" or "her" opens onto: a person's.

News opens a sentence on what its subject did or had before the main clause, and names the subject
only after the comma: "After his move from Burnley, Dumont played an hour", "After closing his
remarks, Margaret stood up". The possessive in such a fronted clause is a person's, and the name the
clause opens onto acts as one; a body's clause reads "its" ("After its merger, Quorvex cut ..."). A
one-word surname or given name with no other sign (no title, no "he said") is otherwise read a body
by the tagger or retyped one for want of evidence.

The openers are time and cause prepositions only: "Under his leadership, Quorvex grew" and "During her
tenure, the bank ..." put a person's possessive before a body's name, so "Under" and "During" are left out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from brief.actors.mentions import Mention
from brief.text.phrases import phrase_spans

FRONTED_OPENERS = ("After", "Before", "Since", "Following", "Upon", "Despite", "Having")
"""Prepositions that open a clause on what the main clause's subject did or had first ("After his move,
X played"): not "Under"/"During"/"With", whose possessive is often a leader's before a body's name."""

MAX_CLAUSE_WORDS = 12
"""Words a fronted clause holds at most before its comma: a longer run is no opening clause of the name's."""

CLAUSE_REACH = 200
"""Characters read back from the name, within its line, for the fronted clause and the sentence's start."""
_LOWER_VERB_NEXT = re.compile(r" [a-z]")
"""A lower-case word right after the name: the main clause's verb goes on ("Dumont played")."""
_PERSON_POSSESSIVE = re.compile(r"\b(?:his|her)\b")
_BODY_POSSESSIVE = re.compile(r"\b(?:its|their)\b")
_CLAUSE = re.compile(
    rf"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"”’]) )(?:{'|'.join(FRONTED_OPENERS)})"
    rf"((?: [^\s,.;:!?\"“”()]+){{1,{MAX_CLAUSE_WORDS}}}), $")


def fronted_subject(text: str, name: str) -> bool:
    """Whether one writing of ``name`` opens a main clause after a fronted clause holding "his" or "her"
    and goes on to a verb in lower case ("After his move from Burnley, Dumont played")."""
    for start, end in phrase_spans(text, name):
        if not _LOWER_VERB_NEXT.match(text[end : end + 2]):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        head = text[max(line_start, start - CLAUSE_REACH) : start]
        m = _CLAUSE.search(head)
        if m and _PERSON_POSSESSIVE.search(m.group(1)) and not _BODY_POSSESSIVE.search(m.group(1)):
            return True
    return False


def given_name_people(text: str, mentions: list[Mention], given: Callable[[str], bool]) -> list[Mention]:
    """The mentions, with a one-word name typed a body that is a person's given name (``given``: no place's) and opens a
    main clause after a fronted clause holding "his" or "her" retyped a person ("After closing his remarks,
    Margaret stood up")."""
    names = {m.name for m in mentions if m.kind == "organization" and not m.demonym and " " not in m.name
             and given(m.name)}
    people = {n for n in names if fronted_subject(text, n)}
    if not people:
        return mentions
    return [dataclasses.replace(m, kind="person") if m.name in people and m.kind == "organization" else m
            for m in mentions]
