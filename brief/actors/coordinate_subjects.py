"""The subject of the coordinate clause a sentence-closing participle goes with: "The agency gave orders to three
firms in May, but one of them, Orbis, cancelled its order in July, citing staffing problems": Orbis cited them.

Why: a participle cue set off by a comma, with no source of its own, shares its subject with the clause before
it, and the caller took that subject to be whoever opens the sentence (brief.actors.opening_subject). When a
second clause with a subject of its own is joined after a comma or a semicolon ("..., but Orbis cancelled ...",
"...; Orbis cancelled ..."), the participle hangs on that clause, the nearer one, as a reader takes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.content_ends import finite_word
from brief.actors.mentions import Mention
from brief.text.lexicon import ADVERB_LY

_JOINED = re.compile(r"(?:[,;]\s+(?:but|and|yet|while|whereas)|;)\s+(?:the\s+)?$", re.I)
"""A coordinate clause's opening right before its subject's name: a comma and a conjunction, or a semicolon
(", but Orbis", "; the Orbis board")."""
JOIN_REACH = 16
"""Characters before the name read for its opening (", whereas the " and a space)."""
_CLAUSE_TO_CUE = re.compile(r"\s+(?:[^\s,;:!?“”\"]+\s+){0,30}?[^\s,;:!?“”\"]+\s*,\s*$")
"""From the subject to the participle: one clause (no comma inside, no quotation), then the comma that sets
the participle off."""
_MODIFIERS = frozenset("also then later still soon quickly".split())
"""Adverbs that may stand between the subject and its verb ("Orbis later cancelled")."""


def coordinate_subject(text: str, cue_start: int, mentions: Sequence[Mention], sentence_start: int) -> Mention | None:
    """The person or body opening the last coordinate clause before a comma-set participle ("..., but Orbis
    cancelled its order, citing ..."), whose next word is a finite verb; None when the nearest named subject
    opens no such clause."""
    for m in reversed([m for m in mentions if sentence_start <= m.start and m.end <= cue_start]):
        if m.demonym or m.kind not in ("person", "organization"):
            continue
        if not _JOINED.search(text, max(sentence_start, m.start - JOIN_REACH), m.start):
            continue
        if not _CLAUSE_TO_CUE.fullmatch(text, m.end, cue_start):
            return None
        words = [w for w in text[m.end : cue_start].split() if w.lower() not in _MODIFIERS and not ADVERB_LY.fullmatch(w.lower())]
        return m if words and finite_word(words[0].rstrip(",")) else None
    return None
