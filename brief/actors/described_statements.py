"""A statement, report or letter described by a relative clause, not given its content: "Harlow Records issued a
statement that seemed to clear the way for the singer", "the ministry released a report that ran to 300 pages".

Why: the cue model reads "issued a statement" as a cue and takes the "that"-clause after it as what was stated.
A "that" with a verb right after it and no subject of its own is a relative pronoun: the clause is the writer's
account of the document (what it seemed to do, how long it ran), not its words. A "that" followed by a subject
("a statement that police had ...") opens the content, and a verb of saying after it ("a statement that said
...", "a letter that warned ...") still reports the document's words: both keep their position.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import CUE_GROUP, SAYING_HEADS
from brief.actors.cues import lemma
from brief.actors.phrasing import simple_past
from brief.text.lexicon import AUXILIARY_VERBS

DOCUMENTS = frozenset(
    "statement statements report reports letter letters memo memos release releases note notes message messages "
    "announcement notice post tweet filing document paper study".split())
"""Nouns of a made statement, the head of a cue like "issued a statement" or "released a report"."""
_NO_WORDS = frozenset({None, "belief", "want"})
"""Cue families of a relative clause's verb that give none of the document's words: no family ("ran to 300 pages"),
seeming and finding ("seemed to clear the way"), aims ("sought to"). Saying, demanding, pledging, opposing and
backing verbs ("said", "urged", "warned", "rejected", "welcomed") report what the document says."""
_RELATIVE_VERB = re.compile(r"\s*(?:that|which)\s+(?:also\s+|only\s+|apparently\s+|later\s+)?([A-Za-z]+)\b")
"""A relative pronoun and the word after it, past an adverb ("that appeared", "which later proved")."""


def described_statement(text: str, attribution: Attribution) -> bool:
    """Whether the cue ends with a document's noun and a relative clause about it follows: no content given."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if not words or words[-1].lower().strip(",.") not in DOCUMENTS or attribution.content[0] < attribution.cue[1]:
        return False
    match = _RELATIVE_VERB.match(text, attribution.cue[1])
    if match is None:
        return False
    verb = match.group(1).lower()
    if not (simple_past(verb) or verb in AUXILIARY_VERBS):
        return False  # "a statement that police had ...": the content's own subject
    stem = lemma(verb)
    return stem not in SAYING_HEADS and CUE_GROUP.get(stem) in _NO_WORDS  # "a letter that warned ...": still its words
