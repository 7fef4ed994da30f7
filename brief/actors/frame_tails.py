"""What follows a cue's frame set off inside a sentence is the writer's, and what was said stands before the frame:
"Divers will search the bay again, Marsh added, although blasting is common there", "Strikes killed 40 people,
the ministry said, as Hezbollah fired rockets"; "Given that record -- and the
fact that the mayor has missed 40 votes, according to the Ledger -- there is every reason to doubt him".

Why: the cue model takes the words after a frame for its content when the frame sits mid-sentence. After a frame
set off in commas, a clause opened by "although", "though", "whereas" or "while" is the writer's comment on what
the source said (the source's words are the clause before the comma); after a frame that closes an aside set off
in dashes, the sentence's main clause is the writer's, and the source vouches for the aside alone (the clause
between the opening dash and the frame's comma, without the "and the fact that" that joins it to the sentence).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.dashed_asides import ASIDE_DASH
from brief.actors.phrasing import inflected_verb
from brief.actors.speaker_next_acts import frame_end
from brief.text.lexicon import IRREGULAR_VERBS

_CONCESSIVE = re.compile(r"\s*,\s*(?:although|though|even\s+though|whereas|while)\b", re.I)
"""A comma after the frame and a concessive or contrasting subordinator: the writer's clause opens."""
_AS_THEN = re.compile(r"\s*,\s*(?:even\s+|just\s+)?as\s+((?:[\w'’-]+[ \t]+){0,5}[\w'’-]+)", re.I)
"""A comma after the frame, "as", its clause's subject and a verb: the event that went on meanwhile ("..., the
ministry said, as Hezbollah fired rockets") when the verb is in the past; in the present it is the source's
own reason ("..., Martin suggested, as each minor change introduces questions")."""
_PAST_IRREGULAR = frozenset(w for w, base in IRREGULAR_VERBS.items() if w != base and not w.endswith("s")) - {"are"}
_PRESENT = frozenset("is are am has have does do".split())


def _meanwhile(text: str, at: int) -> bool:
    """Whether an "as" clause in the past follows at ``at`` (its first verb within six words is a past form, before
    any present one): what the writer says went on meanwhile."""
    found = _AS_THEN.match(text, at)
    for word in found.group(1).lower().split() if found else ():
        if word in _PRESENT or (word.endswith("s") and not word.endswith("ss") and inflected_verb(word)):
            return False
        if word.endswith("ed") or word in _PAST_IRREGULAR or word in ("was", "were"):
            return True
    return False
_COMMA_BEFORE = re.compile(r",\s*$")
"""The comma that sets the frame off from the clause before it."""
_CLOSING_DASH = re.compile(r"\s*(?:[—–]|\s-{1,2}\s)")
"""A dash right after the frame: it closes the aside the frame ends."""
_JOINER = re.compile(r"(?:(?:and|but|or)\s+)?(?:(?:the|a)\s+(?:fact|claim|finding|news)\s+that\s+)?", re.I)
"""Words that join an aside's clause to the sentence around it ("and the fact that ..."): not what was said."""


def writer_tail(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The content moved to the clause before the frame when what the model took after the frame is the writer's
    (``_CONCESSIVE`` after a frame in commas, or anything after a frame that closes a dashed aside), or cut there
    when the model's content ran through the frame into such a clause; else unchanged."""
    start, end = attribution.content
    if attribution.quote or attribution.source is None:
        return attribution
    first = min(attribution.cue[0], attribution.source[0])
    last = max(frame_end(text, attribution), attribution.source[1])  # "told reporters": the audience is the frame's
    if attribution.source[1] < attribution.cue[0] and attribution.cue[1] <= start < last:
        start = last  # the model's content opened on the audience, inside the frame
    if not _COMMA_BEFORE.search(text, sentence_start, first):
        return attribution
    comma = text.rindex(",", sentence_start, first)
    if start < first and last < end:  # the model's content runs through the frame, on into the writer's clause
        writers = _CONCESSIVE.match(text, last) or _meanwhile(text, last)
        return dataclasses.replace(attribution, content=(start, comma)) if writers else attribution
    if start < last:
        return attribution
    if _CONCESSIVE.match(text, last):
        return _before(text, attribution, sentence_start, comma)
    if _CLOSING_DASH.match(text, last):
        dashes = list(ASIDE_DASH.finditer(text, sentence_start, comma))
        if len(dashes) % 2 == 1:  # the last dash opened the aside the frame closes
            return _before(text, attribution, dashes[-1].end(), comma)
    return attribution


def _before(text: str, attribution: Attribution, opening: int, comma: int) -> Attribution:
    """The content set to the clause from ``opening`` to the comma before the frame, past its joining words."""
    while opening < comma and text[opening].isspace():
        opening += 1
    joined = _JOINER.match(text, opening, comma)
    opening = joined.end() if joined else opening
    if comma - opening < MIN_CLAUSE:
        return attribution
    return dataclasses.replace(attribution, content=(opening, comma))


MIN_CLAUSE = 12
"""Characters the clause before the frame must hold to be a statement ("Yes," or a name alone is none)."""
