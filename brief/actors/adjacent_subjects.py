"""The name right before a hedged cue the model gave no source: "Supporters' trust chair Dean Whitfield reportedly
told members ...".

A hedging adverb between a name and its verb ("reportedly", "allegedly") can leave the cue model with no source
at all, where the same sentence with "said" has one. A person or body named right before such a cue of saying,
with nothing between but its title and no verb before it in its sentence, is the cue's subject; so is one before a
hedged belief with its "that" clause ("Reed reportedly believes that the intent was ..."). Other cues the model gave
no source are often no statement ("was feeling a bit down", "may be planning"): left alone.
"""

from __future__ import annotations

import re

from brief.actors.content_ends import finite_word
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.hedged_reports import SPOKEN
from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.sentence_openings import sentence_opening

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_HEDGED = re.compile(r"(?:reportedly|allegedly|reputedly|purportedly|apparently|privately|separately)\s+([a-z]+)", re.I)
"""A hedging adverb and the verb after it, the cue ("reportedly told", "allegedly threatened")."""
_THAT_CLAUSE = re.compile(r"\s+that\s")
"""A "that" opening the clause a hedged belief reports ("X reportedly believes that ..."): the subject's own view,
as the news heard it; a belief with no clause after it ("reportedly thinks so", "allegedly knew him") is left."""


def name_before_cue(text: str, cue: tuple[int, int], mentions: MentionIndex) -> Mention | None:
    """The person or body named right before a hedged cue of saying (``_HEDGED``) that opens its sentence (past a
    title); None else. Cues the model gave no source are otherwise often no statement ("was feeling", "may be
    planning"), so only the hedged verb of saying is read."""
    hedged = _HEDGED.fullmatch(text, *cue)
    if hedged is None:
        return None
    family = CUE_GROUP.get(lemma(hedged.group(1).lower()))
    if family not in SPOKEN and not (family == "belief" and _THAT_CLAUSE.match(text, cue[1])):
        return None
    cue_start = cue[0]
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
