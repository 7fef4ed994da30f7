"""A clause, then its reporting verb and the verb's subject: "Princess Maren Halvorsen passed away at Rikshospital,
announced the Royal Household Office."

Why a rule of its own: the model reads this inversion with "said" ("..., said the Royal Household Office"), but with a
rarer reporting verb it takes the clause's subject for the speaker and the body after the verb for the verb's object:
"Maren Halvorsen | announced | the Royal Household Office". A reader sees the Office announce the death. The words
after the verb are its subject only when they are a name (or a role) that ends the sentence, after a clause closed by
its comma: "The mayor opened the bridge, announced a new plan." keeps its object, which is no name.
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
"""Reporting verbs that a news sentence puts before their subject after the clause they report (past tense: the
present "announces the company" is a headline's, and the model reads "said"/"added"/"told" inversions itself)."""
MIN_CLAUSE_WORDS = 3
"""Words the clause before the verb needs to be a statement ("Two were hurt,"); fewer are a fronted phrase."""
MAX_SUBJECT_WORDS = 8
"""Longest subject read after the verb ("the Royal Household Bureau", "the state news agency NTB", "chief executive
Lars Moe"); a longer stretch is a clause of its own."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SUBJECT = re.compile(rf"\s*(?P<subject>(?:[\w.'’&-]+\s+){{0,{MAX_SUBJECT_WORDS - 1}}}[\w.'’&-]+?)\s*[.!]?\s*$")
"""The words after the verb to the sentence's closing mark."""
_LEAD = re.compile(r"(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)


def subject_after_verb(text: str, attribution: Attribution, index: MentionIndex, sentence: Sentence) -> Attribution:
    """The attribution with the name after its verb as the source and the clause before the verb as the content,
    where the sentence is "CLAUSE, VERB SUBJECT." (see the module's docstring); any other is returned as it is."""
    cue_start, cue_end = attribution.cue
    if (attribution.quote or text[cue_start:cue_end].strip().lower() not in INVERTING_VERBS
            or (attribution.source is not None and attribution.source[0] >= cue_end)
            or attribution.content[0] < cue_end or not sentence.start <= cue_start < sentence.end):
        return attribution
    before = text[sentence.start : cue_start]
    if not before.rstrip().endswith(","):
        return attribution
    if attribution.source is not None and text[attribution.source[1] : cue_start].lstrip().startswith(","):
        return attribution  # "Smith, who joined in 2001, noted the Bureau": an aside after the subject, no clause
    after = _SUBJECT.match(text, cue_end, sentence.end)
    if after is None:
        return attribution
    start, end = after.span("subject")
    lead = _LEAD.match(text, start, end)
    if not (_named(text, start, end, index) or (lead is not None and is_role_word(text[start:end].split()[-1]))):
        return attribution  # "..., announced a new plan": the verb's object, no one who speaks
    first = sentence.start + len(before) - len(before.lstrip())
    clause_end = trimmed_end(text, first, cue_start)
    if len(_WORD.findall(text, first, clause_end)) < MIN_CLAUSE_WORDS:
        return attribution
    return dataclasses.replace(attribution, source=(start, end), content=(first, clause_end))


def _named(text: str, start: int, end: int, index: MentionIndex) -> bool:
    """Whether a person or body's name ends the words, after lower-case words only ("the", "the state news agency",
    "chief executive")."""
    return any(m.end == end and m.kind in ("person", "organization")
               and not any(w[:1].isupper() for w in text[start : m.start].split())
               for m in index.within((start, end)))
