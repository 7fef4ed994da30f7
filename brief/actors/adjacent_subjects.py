"""The name right before a cue the model gave no source: "Supporters' trust chair Dean Whitfield reportedly told
members ...".

A hedging adverb between a name and its verb ("reportedly", "allegedly") can leave the cue model with no source
at all, where the same sentence with "said" has one. A person or body named right before the cue, with nothing
between but its title and no verb before it in its sentence, is the cue's subject.
"""

from __future__ import annotations

import re

from brief.actors.content_ends import finite_word
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.sentence_openings import sentence_opening

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def name_before_cue(text: str, cue_start: int, mentions: MentionIndex) -> Mention | None:
    """The person or body named right before ``cue_start`` that opens its sentence (past a title); None else."""
    before = mentions.before(cue_start)
    if not before:
        return None
    last = before[-1]
    if last.kind not in ("person", "organization") or last.demonym or text[last.end : cue_start].strip():
        return None
    opening = text[sentence_opening(text, cue_start) : last.start]
    if any(ch in opening for ch in ",;:\"“”") or any(finite_word(w) for w in _WORD.findall(opening)):
        return None  # "..., Whitfield reportedly told": a clause before it, whose subject may be another's
    return last
