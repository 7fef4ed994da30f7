"""Cue verbs whose object is a sum or a score: "the fund raised private money to pay for it", "he posted the
fastest half century of the season", "she enjoyed her maiden win", "made quite an impact as a receiver", "he
claimed two wickets with his first four balls", "conceding a goal in the 82nd minute", "Moreau added an assist".

Why: the cue model tags "raised", "posted", "enjoyed", "made" and "added" from their place after a subject, where
they open a statement elsewhere ("raised concerns", "posted that ...", "made clear", "added that ..."). The object
tells the sense: a sum of money raised, or a score, a record or a win made, enjoyed or added, is something done
and counted, and nothing of it is said. A quotation, a colon or a verb of saying after the object ("posted a win, saying ...") keeps the
position.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.object_heads import WORD, object_phrase
from brief.actors.phrasing import verb_lemma

_DOING_VERBS = frozenset("raise post enjoy make record register set notch clock log".split())
"""Verbs that also raise money or put up a score ("raised funds", "posted a half century", "set a record",
"notched a win"), and that open statements in their other sense ("raised concerns", "posted that ...")."""
_SUMS = frozenset("funds fund money cash capital donations contributions million millions billion billions "
                  "thousand thousands dollars pounds euros".split())
"""Heads of a sum of money raised ("raised private funds", "raised $5 million")."""
_SCORES = frozenset("century centuries half-century half-centuries fifty hundred win wins victory victories record "
                    "records best score scores goal goals runs wicket wickets hat-trick lap laps finish impact "
                    "debut figures total average".split())
"""Heads of a score, a record or a result in sport ("the fastest half century", "her maiden win", "a personal
best", "quite an impact"). Not "point" ("made the point that ...") nor "lead" or "time", which other senses take."""
_CLAIMED = frozenset("wicket wickets title titles medal medals gold silver bronze crown trophy pole scalp scalps "
                     "catch catches lives life".split())
"""What "claim" takes in sport or in a disaster ("claimed two wickets", "claimed the title", "claimed gold", "the
storm claimed 12 lives"): won or taken, nothing said; not "victory" or "win", which a candidate claims by saying so."""
_CONCEDED = frozenset("goal goals penalty penalties try tries runs wicket wickets corner corners free-kick free-kicks "
                      "set sets equaliser equalizer".split())
"""What a side concedes in a match ("conceding a goal in the 82nd minute", "conceded 40 runs"): let in, nothing
granted in words; not "point" ("conceded the point that ...") or "defeat", which a speaker concedes by saying so."""
_CONCEDE = "concede"
_ADDED = frozenset("assist assists goal goals try tries conversion conversions touchdown touchdowns rebound rebounds "
                   "steals blocks runs wicket wickets birdie birdies homer homers".split())
"""What a player adds to a match's tally ("added an assist", "added a second goal", "added two tries", "added 12
rebounds"): a score, nothing added in words. Not "point" or "points" ("added the point that ...", "added two
points: ..."), which a speaker adds by saying them."""
_ADD = "add"
_OBJECT_END = re.compile(r"\s+(?:by|of|from|in|on|at|for|to|as|with|against|since|after|before|between|within|off|"
                         r"when|while|which|that|and|but)\b|[,.;:(“\"—–]")
"""Where the object's noun phrase ends: a preposition ("a half century by a New Zealander", "funds to pay for
it", "her win on debut"; "made an offer of £5 million" is an offer, a bid's proposal, not a sum raised), a
relative, a conjunction or a mark."""
OBJECT_WORDS = 7
"""Words of the object's noun phrase up to its head ("the fastest ODI half century"); a longer run is a clause."""
_SAID_AFTER = re.compile(r"[“\"]|:|\b(?:said|says|saying|told|tells|adding|calling)\b", re.I)
"""A statement inside the content after the object: a quotation, a colon or a verb of saying."""


def scored_object(text: str, attribution: Attribution) -> bool:
    """Whether the cue raises a sum or makes a score (see the module's docstring): a deed, no position."""
    words = WORD.findall(text, *attribution.cue)
    verb = verb_lemma(words[-1].lower()) if words else None
    if not words or attribution.quote or (verb not in _DOING_VERBS and verb not in ("claim", _CONCEDE, _ADD)):
        return False
    phrase = WORD.findall(object_phrase(text, attribution, _OBJECT_END))
    if not 0 < len(phrase) <= OBJECT_WORDS:
        return False
    head = phrase[-1].lower()
    heads = {"claim": _CLAIMED, _CONCEDE: _CONCEDED, _ADD: _ADDED}.get(verb or "", _SUMS | _SCORES)
    if head not in heads:
        return False
    return _SAID_AFTER.search(text, *attribution.content) is None
