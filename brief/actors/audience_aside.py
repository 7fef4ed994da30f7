"""Audiences: an outlet in an aside that says to whom someone spoke, taken for the speaker, and a
content that is only its audience ("told reporters in Beijing after the visit").

"Chief executive Alan Reid, speaking to the Northern Echo, said ...": the source tagger, which sees
a window around the cue, takes the name nearest before it, the outlet; the speaker is the subject
before the aside. Why a module of its own: it moves an attribution's source before any rule
resolves it, so the outlet is neither the speaker nor a name for the speaker.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.sentence_subjects import clause_start

_ASIDE_OPENING = (
    r",\s*(?:(?:when|while|after)\s+)?(?:(?:speaking|talking|writing|appearing|interviewed)\s+(?:to|with|on|in|for|by)"
    r"|in\s+(?:an?\s+)?(?:interview|conversation|podcast|op-ed|column)\s+(?:with|to|on|for|in))"
    r"\s+(?:the\s+|a\s+|an\s+)?")
"""The opening of an aside that names whom, or where, someone spoke: ", speaking to (the)",
", in an interview with", ", writing in"; the outlet's name follows it."""
_WHOLE_ASIDE = re.compile(_ASIDE_OPENING + r"(?-i:[A-Z])[^,;:.!?“”\"]{0,40},\s*$", re.I)
"""A whole aside right before the cue, its outlet's name (capitalised) and the comma that closes it (", writing for
NPR, called")."""
_OPENING_TO_SOURCE = re.compile(_ASIDE_OPENING + r"(?-i:(?:[A-Z][\w&'’.-]*\s+){0,3})$", re.I)
"""The aside's opening before the source, and the outlet's first words when the source is its last ("writing for
the Dunmere | Post")."""
OUTLET_REACH = 42
"""Characters of the outlet's name read after the aside's opening (its name and a few words)."""
_CLOSED = re.compile(r"[^,;:.!?“”\"]*,\s*$")
"""The rest of the aside after the outlet, to the comma that closes it before the cue."""
ASIDE_REACH = 60
"""Characters before the source read for the aside's opening (", in an interview with the")."""
_OPENING_WORDS = re.compile(r"[\s\-–—•*]*(?:(?:But|And|Meanwhile|However|Later|Earlier)\s*,?\s+)?")


def audience_in_aside(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its source moved from the outlet of a set-off aside ("Alan Reid, speaking
    to the Northern Echo, said") to the subject before the aside ("Alan Reid", with what describes
    it from the clause's start); unchanged when the source is not such an outlet or no subject
    stands before the aside ("Speaking to ITV, Dominic Hart said" names the speaker after it)."""
    source = attribution.source
    if source is None:  # "Music critic Ann Powers, writing for NPR, called ...": the tagger gave no source
        aside = _WHOLE_ASIDE.search(text, max(0, attribution.cue[0] - ASIDE_REACH - OUTLET_REACH), attribution.cue[0])
        subject = _subject_before(text, aside.start()) if aside is not None else None
        return attribution if subject is None else dataclasses.replace(attribution, source=subject)
    if source[1] > attribution.cue[0]:
        return attribution
    opening = _OPENING_TO_SOURCE.search(text, max(0, source[0] - ASIDE_REACH - OUTLET_REACH), source[0])
    if opening is None or not _CLOSED.fullmatch(text, source[1], attribution.cue[0]):
        return attribution
    subject = _subject_before(text, opening.start())
    return attribution if subject is None else dataclasses.replace(attribution, source=subject)


def _subject_before(text: str, aside_start: int) -> tuple[int, int] | None:
    """The clause's subject before an aside (past an opening "But" or "Meanwhile"), or None when there is
    none or it is too long or holds a comma to be a name and its description."""
    start = clause_start(text, aside_start)
    lead = _OPENING_WORDS.match(text, start, aside_start)
    if lead is not None:
        start = lead.end()
    subject = text[start:aside_start]
    if not subject.strip() or "," in subject or len(subject.split()) > SUBJECT_WORDS:
        return None
    return start, aside_start


SUBJECT_WORDS = 10
"""Longest subject read before the aside ("Health board chief executive Alan Reid"): anything longer
is more likely a clause of its own than the speaker's name and description."""


_AUDIENCE_ONLY = re.compile(
    r"(?:reporters|journalists|the (?:press|media|audience|crowd)|(?:a|the) (?:news|press) conference|an interview)\b"
    r"(?!\s+(?:were|was|are|is|had|have|has|will|would|could|can|may|might|did|do|does|should|must)\b)"
    r"(?![^“”\"]*(?:\bthat\b|[“”\":]))"
    r"(?!(?:\s+(?:in|at|on)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)?"  # "told reporters in Canberra the ..."
    r"\s+(?:the|an?|his|her|their|its|our|my|he|she|it|they|we|I)\s)",
    re.I,
)
"""A content that is only whom the cue addressed ("told reporters in Beijing after the visit"); not one
whose clause follows the audience with no "that" ("told reporters the cranes were needed"), nor one whose clause
has the audience's word for its subject ("said reporters were attacked", "said the media was biased")."""


def audience_only(content: str) -> bool:
    """Whether a content is only whom its cue addressed (``_AUDIENCE_ONLY``): no position."""
    return _AUDIENCE_ONLY.match(content) is not None
