"""A clause, then its reporting verb and the verb's subject at the sentence's end: "Princess Maren Halvorsen passed away
at Rikshospital, announced the Royal Household Office."; "..., said al-Kadhimi."

Why a rule of its own: the model reads this inversion with "said" ("..., said the Royal Household Office") most of the
time, but with a rarer reporting verb, or a name it has not learned, it takes the clause's subject for the speaker and
the words after the verb for the verb's object: "Maren Halvorsen | announced | the Royal Household Office". A reader
sees the Office announce the death. One reading (sessions 63 and 64 had two, fresh103's and retake103's, tried in
turn): the words after the verb are its subject when they are a speaker that ends the sentence (a person's or a
body's name, capitalised or in the article's mentions, or a role after "the": "the spokesman"), after a clause its
comma closes before the verb: "The mayor opened the bridge, announced a new plan." keeps its object, which is no
name. The clause must have words of its own (``MIN_CLAUSE_WORDS``) and, where the model gave a source inside it, go on
past that source (a verb after it), not as an apposition's comma: "Ada Quinn, the port's chief, announced the Kessing
Regatta." is Quinn's act.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.mention_index import MentionIndex
from brief.actors.roles import is_role_word
from brief.actors.statements import trimmed_end
from brief.model import Sentence

INVERTING_VERBS = frozenset({
    "announced", "reported", "confirmed", "stated", "declared", "explained", "noted", "revealed", "wrote",
    "claimed", "insisted", "warned", "admitted", "replied", "responded", "countered", "recalled", "observed",
    "remarked", "disclosed", "asserted", "maintained", "acknowledged",
})
"""Reporting verbs that a news sentence puts before their subject after the clause they report, read so where the
model gave no source (past tense: the present "announces the company" is a headline's). Where it gave one inside the
clause, any cue is read so ("..., said al-Kadhimi.": the model took the clause's subject)."""
MIN_CLAUSE_WORDS = 3
"""Words the clause before the verb needs to be a statement ("Two were hurt,"); fewer are a fronted phrase. Past a
source the model gave inside the clause, one fewer ("Velik died at Kessing," after "Velik")."""
MAX_SUBJECT_WORDS = 8
"""Longest subject read after the verb ("the Royal Household Bureau", "the state news agency NTB", "chief executive
Lars Moe"); a longer stretch is a clause of its own."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SUBJECT = re.compile(rf"\s*(?P<subject>(?:[\w.'’&-]+\s+){{0,{MAX_SUBJECT_WORDS - 1}}}[\w.'’&-]+?)\s*[.!]?[\"'”’)]*\s*$")
"""The words after the verb to the sentence's closing mark (and a quotation's or a bracket's closing mark)."""
_LEAD = re.compile(r"(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’&.-]*))*")
"""A name written capitalised: "the" perhaps, then capitalised words (a body's may hold "of", "for", "and", "on")."""


def subject_after_verb(text: str, attribution: Attribution, index: MentionIndex, sentence: Sentence) -> Attribution:
    """The attribution with the speaker after its verb as the source and the clause before the verb as the content,
    where the sentence is "CLAUSE, VERB SPEAKER." (see the module's docstring); any other is returned as it is."""
    source, (cue_start, cue_end) = attribution.source, attribution.cue
    inside = source is not None and sentence.start <= source[0] < cue_start
    if (attribution.quote or attribution.content[0] < cue_end or not sentence.start <= cue_start < sentence.end
            or (source is not None and source[0] >= cue_end)
            or not inside and text[cue_start:cue_end].strip().lower() not in INVERTING_VERBS):
        return attribution
    before = text[sentence.start : cue_start]
    if not before.rstrip().endswith(","):
        return attribution
    if source is not None and text[source[1] : cue_start].lstrip().startswith(","):
        return attribution  # "Smith, who joined in 2001, noted the Bureau": an aside after the subject, no clause
    after = _SUBJECT.match(text, cue_end, sentence.end)
    if after is None:
        return attribution
    start, end = after.start("subject"), trimmed_end(text, *after.span("subject"))
    if not _speaker(text, start, end, index):
        return attribution  # "..., announced a new plan": the verb's object, no one who speaks
    first = sentence.start + len(before) - len(before.lstrip())
    clause_end = trimmed_end(text, first, cue_start)
    if len(_WORD.findall(text, source[1] if inside and source else first, clause_end)) < MIN_CLAUSE_WORDS - inside:
        return attribution
    return dataclasses.replace(attribution, source=(start, end), content=(first, clause_end))


def _speaker(text: str, start: int, end: int, index: MentionIndex) -> bool:
    """Whether the words name a speaker: a capitalised name, a person's or a body's name ending them after words that
    describe it (``_describes``: "the state news agency NTB", "chief executive Lars Moe"), or a role after "the"
    ("the spokesman")."""
    lead = _LEAD.match(text, start, end)
    if (lead is not None and is_role_word(text[start:end].split()[-1])) or _CAPITALISED.fullmatch(text, start, end):
        return True
    return any(m.end == end and m.kind in ("person", "organization") and _describes(text[start : m.start].split())
               for m in index.within((start, end)))


def _describes(words: list[str]) -> bool:
    """Whether lower-case words before a name describe it: none, a phrase opened by "the" or a possessive ("the state
    news agency"), or one ending in a title ("chief executive"); not a clause's ("music companies to do away with
    DRM": the object of "urged")."""
    if any(w[:1].isupper() for w in words):
        return False
    return not words or _LEAD.fullmatch(words[0] + " ") is not None or is_role_word(words[-1])
