"""What a stance verb's source backs or rejects is its object, not the clauses before its subject:
"Rival makers poured money into the campaign, and others like Halden and Corvo all also vocally supported
stricter emission limits".

The cue model reads "CONTENT, SOURCE said." for a sentence whose source and cue come last, and takes
what precedes the source for what was said. A verb of backing, rejecting, wanting or demanding
("supported", "rejected", "wants", "urged") with its object right after it is no such final cue: the
object is what the source backs or rejects, and the stretch before the source is the writer's. A
preposition or a comma after the cue ("warned by allowing ...", "rejected, saying") leaves the reading
alone, and so do verbs of saying, whose object is an audience ("told reporters").
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.statements import trimmed_end

STANCE_GROUPS = frozenset({"for", "against", "want", "demand"})
"""The cue families whose verb takes what is backed, rejected, wanted or demanded as its object."""
_OBJECT_OPENING = re.compile(r"\s+(?P<word>[A-Za-z][\w'’-]*)")
_NOT_OBJECT = frozenset(
    "by with without in on at for from of about into after before over under through to as and or but while "
    "when because since if than so it him her them me us you itself himself herself themselves ourselves myself "
    "yourself".split())
"""Words after the cue that open no object of stance: a preposition, a conjunction, an object or reflexive
pronoun ("Googlers, they called themselves": a naming, not a demand)."""
_OBJECT_END = re.compile(r",\s+(?:while|whereas|although|though|but|as|because|saying|[a-z]+ing)\b|\s+[—–]\s|;")
"""Where the object stops: a comma and a clause of the writer's ("rejected the request, while reassuring
workers"), a dash or a semicolon."""


def stance_object_content(text: str, attribution: Attribution, sentence_end: int) -> Attribution:
    """The content moved from before the source to the object after the cue ("... and Corvo all also
    vocally supported | stricter emission limits")."""
    start, end = attribution.content
    source = attribution.source
    if attribution.quote or source is None or not end <= source[0] <= source[1] <= attribution.cue[0]:
        return attribution
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if not words or CUE_GROUP.get(lemma(words[-1].lower())) not in STANCE_GROUPS:
        return attribution
    opening = _OBJECT_OPENING.match(text, attribution.cue[1], sentence_end)
    if opening is None or opening.group("word").lower() in _NOT_OBJECT:
        return attribution
    stop = _OBJECT_END.search(text, opening.start("word"), sentence_end)
    cut = trimmed_end(text, opening.start("word"), stop.start() if stop else sentence_end)
    if cut <= opening.start("word"):
        return attribution
    return dataclasses.replace(attribution, content=(opening.start("word"), cut))
