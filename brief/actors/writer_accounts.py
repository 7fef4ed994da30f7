"""Cues that are the writer's account of someone's mind, not anything they said: a guess at a plan or a mood
("Harbour Digital may plan to extend that model", "the two defenders will be eager to keep a clean sheet"), a
knowledge the writer vouches for by comparison ("Pike knows as much as anyone that the fans turn quickly"),
and an expectation others hold of someone ("With the mayor expected to step up his attacks, ...").

Why: the cue model tags "plan", "eager", "knows" and "expected" from their place after a subject, as it tags
"plans to veto" or "is eager to return". A modal of possibility or of the future before the verb makes the
intent the writer's forecast ("may announce" is one already: ``object_deeds``); "as much as anyone", "better
than most" after "knows" is the writer's praise of what someone knows, nothing they claimed; and "expected"
with no auxiliary after a "with" is a passive participle (others expect it of the name before it), as "is
expected to" is, which the model leaves without the name's voice.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import verb_lemma

_WORD = re.compile(r"[A-Za-z][\w'’-]*")

_GUESSED_INTENT = re.compile(
    r"\b(?:may|might|could|will|'ll|’ll)\s+(?:(?:\w+ly|well|also|even|still|surely|certainly|all|both)\s+)?"
    r"(?:plan|be\s+(?:(?:\w+ly|very|more|all|so)\s+)?(?:eager|keen|anxious|desperate|hungry|itching))\b", re.I)
"""A modal of possibility or of the future, an optional adverb, then a verb of planning or "be" and an adjective of
eagerness: "may plan", "might well plan", "will be eager", "will surely be keen". Not "would" (a reported answer
or a wish stated: "said she would be keen to stay"), not a negation ("will not be eager" is rare and read as said)."""
GUESS_REACH = 30
"""Characters read before the cue for its modal and adverb ("will surely be | eager": the model may leave them out
of the cue)."""


def guessed_intent(text: str, attribution: Attribution) -> bool:
    """ "Harbour Digital may plan to extend that model", "the defenders will be eager to keep a clean sheet": a
    modal before a plan or an eagerness (``_GUESSED_INTENT``), the writer's guess at what someone means to do."""
    start, end = attribution.cue
    if attribution.quote:
        return False
    found = _GUESSED_INTENT.finditer(text, max(0, start - GUESS_REACH), end)
    return any(m.end() > start and m.start() < end and m.end() <= end + 1 for m in found)


_VOUCHED = re.compile(
    r"\s+(?:as\s+(?:much|well)\s+as\s+(?:anyone|anybody|most|any\s+\w+)|better\s+than\s+(?:anyone|anybody|most|many|"
    r"any\s+\w+|his\s+\w+|her\s+\w+)|only\s+too\s+well|full\s+well|(?:all\s+)?too\s+well)\b", re.I)
"""A comparison or a measure right after "knows": "knows as much as anyone", "knows better than most", "knows only
too well", "knows full well": the writer's praise of someone's knowledge or experience."""


def vouched_knowledge(text: str, attribution: Attribution) -> bool:
    """ "Pike knows as much as anyone that the fans turn quickly": "know" with the writer's measure after it
    (``_VOUCHED``) tells the reader what the writer holds true, nothing the subject said."""
    words = _WORD.findall(text, *attribution.cue)
    if not words or verb_lemma(words[-1].lower()) != "know" or attribution.quote:
        return False
    return _VOUCHED.match(text, attribution.cue[1]) is not None


_WITH_BEFORE = re.compile(r"\b[Ww]ith\s+(?:[^\s,;:.!?]+\s+){1,6}$")
"""A "with" opening a phrase, then up to six words of its noun (the name and its title) right before the cue:
"With Mayor Tom Reeves | expected"."""
WITH_REACH = 80
"""Characters read back from the cue for the "with" and the name after it."""


def expected_by_others(text: str, attribution: Attribution) -> bool:
    """ "With the mayor expected to step up his attacks, traders were nervous": a bare "expected" after a "with"
    and its noun (``_WITH_BEFORE``), a passive participle: others' expectation of the noun, not the noun's word."""
    start, end = attribution.cue
    if text[start:end].strip().lower() != "expected" or attribution.quote:
        return False
    return _WITH_BEFORE.search(text[max(0, start - WITH_REACH) : start]) is not None


def writer_account(text: str, attribution: Attribution) -> bool:
    """Whether the cue is the writer's account of someone's mind: a guessed intent, a vouched knowledge or an
    expectation held by others."""
    return (guessed_intent(text, attribution) or vouched_knowledge(text, attribution)
            or expected_by_others(text, attribution))
