"""Reported speech framed by a verb and the one it was told to, with no cue the model read: "Project
Manager Ada Quinn shared with AutoWeek that they have improved the chassis", "Reddy admitted to police
that he had taken the car". A verb with "with"/"to" and an addressee, then "that" and a clause, is a
telling whatever the verb ("shared", "confided", "admitted", "explained"); the cue model, which knows
the common verbs of saying, read none there, and the words went to no one.

Read only in a sentence with no cue, where the teller is a person named as its subject (at its start,
after introductory phrases), the verb is in the past, and the clause after "that" opens with a
pronoun, a determiner or a name (so "that" is no determiner: "shared with fans that video").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.mentions import Mention
from brief.actors.opening_subject import opens_sentence
from brief.actors.speakers import Continued
from brief.model import Sentence

_TOLD_THAT = re.compile(
    r"(?:,[^,“”\"\n]{1,60},)?\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|told|wrote|said)\s+(?:with|to)\s+(?:[^,.;:“”\"\n]|\.(?=\S)){2,60}?\s+that\s+"
    r"(?=(?:they|he|she|it|we|I|you|the|a|an|there|this|these|its|his|her|their|our|[A-Z][a-z]+)\b)"
)
"""After the teller's name: a past verb, "with"/"to" and an addressee (a stop only inside a word:
"AutoWeek.com"), "that", and the clause's first word."""
TOLD_CUE = "said"
"""The cue the telling is reported with."""
MIN_CLAUSE_WORDS = 4
"""Words of the clause told: fewer is no statement."""


def told_that(text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
              cues: Sequence[tuple[int, int]]) -> list[Continued]:
    """Each clause a person named as its sentence's subject told someone (``_TOLD_THAT``), in a
    sentence with no cue: that person's words, from after "that" to the sentence's end."""
    out: list[Continued] = []
    for k, s in enumerate(sentences):
        if any(s.start <= c0 < s.end for c0, _ in cues):
            continue
        for m in mentions:
            if not (s.start <= m.start < s.end and m.kind == "person" and not m.demonym and opens_sentence(text, m.start)):
                continue
            found = _TOLD_THAT.match(text, m.end, s.end)
            end = len(text[: s.end].rstrip(" .!?\n"))
            if found is not None and len(text[found.end() : end].split()) >= MIN_CLAUSE_WORDS:
                out.append(Continued(m, k, (found.end(), end), cue=TOLD_CUE))
                break
    return out
