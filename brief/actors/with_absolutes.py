"""A "with" clause of another named person set after what was said: "Norland and Vestia criticised the dam project,
with Vestian Foreign Minister Oskar Lund warning of grave consequences".

Why: the cue model ends a content at the sentence's end, so the criticism ran on into the "with" clause. A "with"
followed by a named person (a title and a name, capitalised) and a participle is an absolute clause: the writer
adds what that other person did or said, which is no part of the first holder's words. A "with" before a thing or
a lower-case noun ("with costs rising", "with the help of the union") may still be what was said, and stays.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

NAME_WORDS = 7
"""Capitalised words a person's title and name may take before the participle ("Vestian Foreign Minister Oskar
Lund", "Senate Majority Leader Ann Ruiz"); a longer run is no single person."""
_WITH_NAMED = re.compile(rf",\s+with\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{2,{NAME_WORDS}}}(?:also\s+|later\s+)?"
                         r"(?P<participle>[a-z]+ing)\b")
"""A comma, "with", two or more capitalised words (a titled name) and a participle: the absolute clause."""
_QUOTE = re.compile("[\"“”]")


def before_with_absolute(text: str, attribution: Attribution) -> Attribution:
    """The content cut before a ", with <titled name> <participle>" clause after the cue; else unchanged."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return attribution
    for match in _WITH_NAMED.finditer(text, start, end):
        if len(_QUOTE.findall(text, start, match.start())) % 2 == 0 and verb_lemma(match.group("participle")):
            return dataclasses.replace(attribution, content=(start, match.start()))
    return attribution
