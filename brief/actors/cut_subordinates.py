"""A content that is only the fronted subordinate clause of a "that"-clause: "A college source said that when
the coach met him, | he said he would wait", "Reeves said that while the crews are doing well, | he is concerned
that ...". What was said is the main clause after the comma; the "when" or "while" clause alone only sets it up.

Why: the cue model stops a content before the next cue of its sentence when a comma parts them, as it must for
"X warned ..., and Y threatened ..."; after "that when ..." it stops where nothing was said yet. The main clause
holds a cue of its own, whose position is kept (one position of two overlapping ones is listed), so the cut one,
a conditional or a time with no statement, is dropped; and the main clause's cue is no position of the frame
before it, when the model gave it that frame for content ("He has repeatedly said that while ..., | he has not
ruled out ...").
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.phrasing import verb_lemma

_SUBORDINATOR = r"(?:when|while|whilst|whereas|although|though|if|because|since|once|after|before|unless|as)"
_THAT_SUBORDINATE = re.compile(r"that\s+" + _SUBORDINATOR + r"\s+[^,;:\"“”]+$", re.I)
"""The whole content: "that", a subordinator and its clause, with no comma, colon or quotation mark in it."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
CONCEDING = frozenset({"admit", "concede", "acknowledge", "grant", "allow", "accept", "recognize", "recognise"})
"""Verbs of conceding: their "that while ..." clause is itself what is conceded (PolNeAR marks it so), the main
clause after it the speaker's next point."""
_MAIN_CLAUSE_AFTER = re.compile(r"\s*,\s+(?:he|she|they|it|we|I|there|the|his|her|their|its|[A-Z][\w'’-]*)\s")
"""Right after the content, the comma that closed the subordinate clause and the main clause's subject (a pronoun,
a determiner or a name): not ", including ...", ", which ..." after a clause that was the whole statement."""


def fronted_subordinate_only(text: str, attribution: Attribution) -> bool:
    """Whether the content, after its cue, is "that" and a subordinate clause alone (``_THAT_SUBORDINATE``, with a
    finite verb of its own), the main clause left after the comma (``_MAIN_CLAUSE_AFTER``)."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1]:
        return False
    words = _WORD.findall(text, *attribution.cue)
    if words and verb_lemma(words[-1].lower()) in CONCEDING:
        return False  # "admitted that while the server was never central, he argued ...": what is admitted is the concession
    if _THAT_SUBORDINATE.match(text[start:end].strip()) is None or _MAIN_CLAUSE_AFTER.match(text, end) is None:
        return False
    return any(finite_word(w) for w in _WORD.findall(text, start, end)[2:])  # "after that glorious endorsement,": a
    # phrase, which the main clause after the comma completes (``clause_spans.through_verbless_comma``)


_FRAME_OPENING = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}((?:[a-z]+\s+){0,2})([a-z]+)\s+that\s+" + _SUBORDINATOR + r"\s")
"""A content before the cue that opens with a subject (a pronoun or a name), up to two auxiliaries or adverbs, a
verb, "that" and a subordinator: "He has repeatedly said that while ...", the cut frame of ``fronted_subordinate_only``."""


def frame_read_as_content(text: str, attribution: Attribution) -> bool:
    """ "He has repeatedly said that while he has no plans to run again, he has not ruled out ...": the main
    clause's cue, whose content the model took from before it, the whole saying frame that sets it up (``_FRAME_
    OPENING`` with a verb of speech): that is the frame's report, nothing the main clause's cue stated."""
    start, end = attribution.content
    if attribution.quote or end > attribution.cue[0]:
        return False
    opening = _FRAME_OPENING.match(text, start, end)
    if opening is None:
        return False
    verb = opening.group(2)
    return CUE_GROUP.get(lemma(verb_lemma(verb) or verb)) == "speech"
