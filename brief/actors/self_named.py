"""A pronoun speaker cannot be the person its own reported clause names: in "He suggested that Page meet
with ...", "he" is someone other than Page (a name inside the clause a pronoun governs never stands for
that pronoun's referent: binding theory's Principle C). The speaker chain, which gives "he" to the last
person named, would list Page as suggesting that Page meet ...; the position is left unresolved instead.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.mentions import Mention

SUBJECT_PRONOUNS = frozenset({"he", "she"})
"""Pronouns of one person, the ones the chain gives to the last person named."""


def names_itself(text: str, attribution: Attribution, mention: Mention) -> bool:
    """Whether the source is "he"/"she", the person it was resolved to is a person, and that person's surname
    is the subject of the reported (unquoted) clause after the cue: then the pronoun is someone else."""
    if attribution.source is None or attribution.quote or mention.kind != "person":
        return False
    if text[attribution.source[0] : attribution.source[1]].strip().lower() not in SUBJECT_PRONOUNS:
        return False
    if attribution.content[0] < attribution.cue[1]:
        return False  # "..., he said": the content before frames no clause the pronoun governs
    surname = mention.name.split()[-1] if mention.name.split() else ""
    if len(surname) < 2 or not surname[:1].isupper():
        return False
    opening = _CLAUSE_SUBJECT.match(text, attribution.content[0], attribution.content[1])
    return opening is not None and opening.group(1) == surname


_CLAUSE_SUBJECT = re.compile(r"(?:that\s+)?([A-Z][\w'’-]*)\s+(?=[a-z])")
"""The name opening the reported clause, as its subject ("that Page meet with ..."): a name further in
("... from Matie", "at Trump Tower", "for Trump, ...") may be the writer's, in a long sentence, and a name
before a capital is part of a longer one."""
