"""A source that holds a verb of saying of its own: "The letter warns Ms Hughes: 'If nothing changes
...'". The model reads the colon as a cue too and takes all before it, "The letter warns Ms Hughes",
as that cue's source; its last person, the one warned, then held the letter's words (and every
quotation that went on after them). Who speaks is the subject before the inner verb.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution


def source_before_inner_cue(text: str, attribution: Attribution, others: Sequence[Attribution]) -> Attribution:
    """The attribution with its source cut at the first cue of another attribution inside it ("The
    letter | warns Ms Hughes"), so the one addressed after that verb is not taken for the speaker; a
    source that would be left empty is none. Only for a cue of punctuation (the colon) with no verb of
    its own, and only an inner cue whose own words run on into this
    attribution's is its frame: one in a relative clause ("The minister who announced the plan,
    Jane Doe, said") has its words inside the source, and the source stays whole."""
    if attribution.source is None or re.search(r"\w", text[attribution.cue[0] : attribution.cue[1]]):
        return attribution  # a verb's source ("I hope in 2017 America says") is the model's to read
    start, end = attribution.source
    inner = [o.cue[0] for o in others if o is not attribution and start < o.cue[0] and o.cue[1] <= end
             and o.content[0] < attribution.content[1] and attribution.content[0] < o.content[1]]
    if not inner:
        return attribution
    before = text[start : min(inner)].rstrip(" ,;:—–-\t\n")
    source = (start, start + len(before)) if before.strip() else None
    return dataclasses.replace(attribution, source=source)


def frames_another_cue(attribution: Attribution, others: Sequence[Attribution]) -> bool:
    """ "Commenting on the appointment, Chief Executive Mark Ellis said: “...”": the model read the
    opening participle as a cue too, whose words run from "said:" on; the same source's cue inside
    them, after the source, is the statement's frame, so the participle's reading is none (else it took
    the words first, and the line read "Commenting on said: ...")."""
    start, end = attribution.content
    source = attribution.source
    if source is None or attribution.cue[1] > source[0]:
        return False  # "Reyes attacked Kell ..., saying": the subject's first verb, not a participle opening the sentence
    return any(o is not attribution and o.source == source and source[1] <= o.cue[0] and start <= o.cue[0] < end
               for o in others)


_RELATIVE_BEFORE = re.compile(r",\s*(?:which|whom|who)\s+$")
"""A set-off relative pronoun right before the inner cue's pronoun source ("The operator, which he calls ...")."""
_PRONOUNS = frozenset("he she they".split())
RELATIVE_REACH = 12
"""Characters before the pronoun searched for the comma and relative pronoun (", which ")."""


def aside_in_frame(text: str, attribution: Attribution, others: Sequence[Attribution]) -> bool:
    """ "Northway Trains, which he calls “a shambles,” will run no trains, Pryce added": a pronoun's cue in a
    relative clause set off inside another's words. The pronoun is the frame's speaker, and the aside is part
    of the frame's statement (the whole clause, Pryce's), not one of its own that takes its words first."""
    source = attribution.source
    if source is None or text[source[0] : source[1]].lower() not in _PRONOUNS:
        return False
    if _RELATIVE_BEFORE.search(text, max(0, source[0] - RELATIVE_REACH), source[0]) is None:
        return False
    return any(o is not attribution and o.source is not None and o.content[0] <= source[0]
               and attribution.cue[1] <= o.content[1] and not o.content[0] <= o.cue[0] < o.content[1]
               and (text[o.source[0] : o.source[1]].lower() == text[source[0] : source[1]].lower()
                    or text[o.source[0] : o.source[0] + 1].isupper() and not text[o.source[0] : o.source[0] + 4] == "The ")
               for o in others)


_ACCORDING = re.compile(r"according\s+to", re.IGNORECASE)


def quoted_by_another(text: str, attribution: Attribution, others: Sequence[Attribution]) -> bool:
    """ "According to Adv Lekhanya, judge Motsoane once cautioned: “...”": the quotation is the judge's,
    whom the first cites; the model reads the judge's whole frame as the words "according to" Lekhanya,
    and that reading took the quotation first. So an "according to" whose words open with another's
    source, followed by that source's cue and a quotation of its own, gives no position."""
    if not _ACCORDING.fullmatch(text[attribution.cue[0] : attribution.cue[1]].strip()):
        return False
    start, end = attribution.content
    if start < attribution.cue[1]:
        return False  # "..., according to X": the words before are X's report, with no frame of their own
    return any(o is not attribution and o.quote and o.source is not None and o.source[0] >= start
               and not text[start : o.source[0]].strip(" ,") and start <= o.cue[0] < end and o.content[0] >= o.cue[1]
               for o in others)
