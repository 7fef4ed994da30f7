"""Refusals of an act, no stance: "refused to comply with the tribunal's order", "refused to follow orders to stay
in bed", "refused to leave the ward", "refusing to defend it against Pavel Rusin".

Why: a refusal keeps its position when what is refused is a proposal or a saying ("refuses to sign the lease",
"refused to condemn the protesters", "declined to comment"): a side taken. The infinitive tells the sense: an
order already given not obeyed (comply, obey, follow, heed, abide) or a move not made (leave, vacate, move) is
defiance acted out, and a title not defended against a rival is a match not played; nothing is stated (the news
attribution gold, PolNeAR, marks no "refused to leave" or "refusing to cooperate" either; it does mark refusals of
a policy's act, "refused to turn over", "refused to reinstate", which stay).
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma
from brief.actors.sport_senses import CONTEST

_REFUSING = frozenset({"refuse", "decline"})
"""Verbs of refusing whose infinitive is read."""
_ACTS = frozenset("comply obey heed abide leave vacate move".split())
"""Infinitives of obeying or of moving: refused, they are a deed, not a stance ("refused to comply", "refused to
leave"); not "sign", "accept", "join" or "take part", which turn down a proposal, nor "budge" or "flinch", whose
figurative sense is a stance held ("refused to budge on the tax", "refuses to flinch from the realities": a game
maker's approach, its maker a subject of the page)."""
_ORDERS_FOLLOWED = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:orders?|instructions?|rules?|directions?|directives?|commands?)\b",
                             re.I)
"""What "follow" obeys ("follow orders to lie down", "follow the officers' instructions"); "declined to follow suit"
(doing as others did, a stance PolNeAR marks) is not here."""
_PLEDGED = re.compile(r"\b(?:would|will|shall|could|might|may|to)\s+(?:[a-z]+\s+)?$", re.I)
"""A modal (or "to") right before the refusal, up to one word between ("would simply refuse", "vowed to refuse"): a
refusal pledged, not done, which states the subject's stand ("they would refuse to leave until they got a vote")."""
_PLEDGE_REACH = 30
"""Characters read back from the refusal for its modal."""
_INFINITIVE = re.compile(r"\s+(?:even\s+|simply\s+|again\s+)?to\s+([a-z]+)\b")
"""The refusal's infinitive right after the verb ("refused to comply", "refused even to move")."""


def refused_act(text: str, attribution: Attribution) -> bool:
    """Whether the cue refuses an act of obeying or moving, or a title's defence against a rival (see the
    module's docstring): a deed, no position."""
    if attribution.quote:
        return False
    start, end = attribution.cue
    for word in re.finditer(r"[A-Za-z]+", text[start:end]):
        if verb_lemma(word.group().lower()) not in _REFUSING:
            continue
        infinitive = _INFINITIVE.match(text, start + word.end())
        before = text[max(0, start + word.start() - _PLEDGE_REACH) : start + word.start()]
        if infinitive is None or _PLEDGED.search(before):
            return False
        verb = infinitive.group(1).lower()
        return (verb in _ACTS or verb == "follow" and _ORDERS_FOLLOWED.match(text, infinitive.end()) is not None
                or verb == "defend" and CONTEST.match(text, infinitive.end()) is not None)
    return False
