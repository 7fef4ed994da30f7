"""A thing issued that says something: "Lopez later posted a video saying she had “never seen the town
so angry”", "Marten shared a message on Facebook saying ...". The cue model takes the thing ("video")
for the source of the participle; the thing is what its issuer made public, and the words are the
issuer's, the subject of the verb of issuing. Without a source the participle goes to its clause's
subject (``brief.actors.chain`` / ``participle_subject``), as "X raged at the board, calling them ..."
does.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import ISSUING_VERBS, MADE_THINGS
from brief.actors.cues import lemma
from brief.actors.phrasing import verb_lemma

_THINGS = MADE_THINGS | frozenset(lemma(w) for w in "statement message note caption story update thread".split())
"""What an actor issues that can say something: a document, a recording, a post, a statement."""
_PARTICIPLE = re.compile(r"(?:saying|stating|claiming|adding|insisting|explaining|announcing|warning|urging|acknowledging|promising)\b",
                         re.I)
_ISSUED = re.compile(r"([A-Za-z]+)\s+(?:out\s+)?(?:(?:an?|the|his|her|their|its|a\s+new|another)\s+)(?:[\w'’-]+\s+){0,2}$")
"""The verb of issuing and the determiner before the thing ("posted a short video ", "put out another ")."""


_SENT_BY = re.compile(
    r"\b(?:an?|the|that|this)\s+(?:[a-z][\w-]*\s+)?(?:e-?mail|letter|memo|note|statement|message|post|video)s?\s+"
    r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,5}?)(?:sent|wrote|issued|posted|released|published|shared|penned)\b[^.;:!?\n]*,\s*$")
"""Before a participle of saying: a thing and, as a relative clause without "that", who sent or wrote it ("an email
UD President Dennis Assanis sent students a week after the election, acknowledging ...")."""
SENT_REACH = 160
"""Characters before the participle read for the thing and its sender: the relative clause's object and times."""


def sent_by(text: str, attribution: Attribution) -> re.Match[str] | None:
    """The thing and its sender right before the attribution's participle of saying (``_SENT_BY``), or None: the
    sender is its subject, not the last speaker of the sentence."""
    if not _PARTICIPLE.match(text, attribution.cue[0]):
        return None
    return _SENT_BY.search(text, max(0, attribution.cue[0] - SENT_REACH), attribution.cue[0])


def thing_issued_saying(text: str, attribution: Attribution) -> Attribution:
    """The attribution without its source where the source is a thing issued and the cue a
    participle of saying after it ("posted a video saying ..."): the issuer speaks, not the thing;
    and with its sender for source where the thing is named with who sent it ("mocked an email
    Provost Ada Lane sent staff, acknowledging ..."): she speaks through it, not the one who mocked it."""
    if not _PARTICIPLE.match(text, attribution.cue[0]):
        return attribution
    sent = sent_by(text, attribution)
    if sent is not None:
        return dataclasses.replace(attribution, source=(sent.start("name"), sent.start("name") + len(sent.group("name").rstrip())))
    if attribution.source is None:
        return attribution
    s0, s1 = attribution.source
    words = text[s0:s1].split()
    if not words or len(words) > 2 or lemma(words[-1].lower()) not in _THINGS:
        return attribution
    issued = _ISSUED.search(text, max(0, s0 - 60), s0)
    if issued is None or lemma(verb_lemma(issued.group(1).lower()) or "") not in ISSUING_VERBS:
        return attribution
    return dataclasses.replace(attribution, source=None)
