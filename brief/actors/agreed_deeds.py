"""Cues that report a deal struck, not a stance: "The fund agreed to invest $2bn in the port", "The bank has
agreed in principle to lend the council £40m", "agreed to buy the rival for $3bn".

Why: the cue model reads "agree" as a verb of attitude (its family "for"), and so it is with a clause or a
"with" ("agreed that the plan was flawed", "agreed with the critics"). But agreeing TO DO something is a
commitment to an act, a transaction the news reports (the position gold's "deed"). Agreeing to a verb of
saying or attitude ("agreed to back the bill", "agreed to call for a ceasefire") still states where the
subject stands, so those keep their position.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import FAMILIAR_HEADS, SAYING_HEADS
from brief.actors.cues import lemma
from brief.actors.phrasing import verb_lemma

BETWEEN_WORDS = 3
"""Words allowed between "agreed" and "to" ("agreed in principle to", "agreed on Monday to"): an adverbial
of manner or time, never long enough to hold a clause of its own."""
_CLAUSE_WORDS = "(?:that|with|whether|if|the|a|an|his|her|their|its|it|they|he|she|we|plans?)"
"""Words that open a clause or an object, never a short adverbial: past them the "to" is another verb's ("agreed
that it was time to go", "agreed with plans to cut")."""
_AGREED_TO = re.compile(rf"\b(?:agree|agrees|agreed|agreeing)\b(?:\s+(?!{_CLAUSE_WORDS}\b)[\w'’-]+){{0,{BETWEEN_WORDS}}}?"
                        r"\s+to\s+([a-z][a-z-]*)\b", re.I)
"""A form of "agree", a few words, and "to" with the word after it (the infinitive's verb, if any)."""
YIELDING_VERBS = frozenset({lemma("concede")})
"""Verbs of saying whose sense with "to" after them is giving way ("agreed to concede to their demand that ..."):
admitting is a statement, conceding to a demand a deed."""
_TO_NEXT = re.compile(r"\s+to\b")
_AFTER_CUE = 80
"""Characters after the cue read for its "to" and the verb after it."""


_AGREED_DEAL = re.compile(r"\b(?:agree|agrees|agreed|agreeing)\s+(?:(?:a|an|the|its|their|personal|new)\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?(?:deal|fee|terms|contract|price|settlement|loan|package|merger|sale|"
                          r"partnership|ceasefire deal|takeover)\b", re.I)
"""A form of "agree" with a deal as its object ("agreed personal terms with the striker", "agreed a fee with
Benfica", "has agreed a £2bn takeover"): in British usage a deal struck, not a stance taken."""


def agreed_deed(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "agree(d) to" and a verb of doing ("agreed to invest"), or "agree(d)" with a deal for its
    object ("agreed a fee with"): a deal, no position."""
    deal = _AGREED_DEAL.search(text, attribution.cue[0], attribution.cue[1] + _AFTER_CUE)
    if deal is not None and deal.start() < attribution.cue[1]:
        return True
    match = _AGREED_TO.search(text, attribution.cue[0], attribution.cue[1] + _AFTER_CUE)
    if match is None or match.start() >= attribution.cue[1]:
        return False
    if re.search(r"[,;:]", text[match.start() : match.start(1)]):
        return False  # "agreed, to be fair, ...": an aside, not the infinitive
    verb = match.group(1).lower()
    if verb_lemma(verb) is None:
        return False  # "agreed to a ceasefire", "agreed to the terms": what they accepted, read as it is
    if lemma(verb) in YIELDING_VERBS and _TO_NEXT.match(text, match.end(1)):
        return True  # "agreed to concede to the American's demand": gave way, a deed
    return lemma(verb) not in FAMILIAR_HEADS | SAYING_HEADS

