"""Cues that tell a feeling or a liking, not a statement: a verb of feeling whose object is the one named
("The thaw worried Tasos Reddick, deputy commissioner, ..."), or in the passive with the one named after "by"
("the coach was most impressed by Devane": the coach felt, Devane said nothing), and a verb of liking before a gerund ("He
relishes being the center of attention").

Why: "worry", "concern" or "alarm" are cues when their subject feels ("Reddick worried that the mains
would break"), and the cue model reads them so wherever they stand; with the person as their object, what
worried him is the subject (a thaw, a rally), he said nothing, and the "content" is whatever follows his
name (his title, a relative clause). A liking of doing ("relishes being", "enjoys playing") is a state of
the subject, not a view they hold or voiced.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import lemma

FEELING_VERBS: frozenset[str] = frozenset(
    lemma(w) for w in """worry concern trouble bother alarm disturb unnerve frighten scare puzzle baffle
    surprise astonish delight please impress intrigue amuse anger upset dismay disappoint frustrate annoy
    irritate embarrass unsettle rattle shock stun thrill""".split()
)
"""Lemmas (``cues.lemma``) of verbs whose object feels ("the thaw worried him", "the rally delighted fans"):
when their subject feels instead ("she worried that ..."), the object is not written right after them."""
_NAME_PARTS = re.compile(r"(?:\s+[A-Z][\w.'’-]*)*\s*")
"""What may stand between the verb and the source: space, and the capitalised words of a name the source
starts inside ("worried Nadia | Orsolo, deputy director")."""

LIKING_VERBS: frozenset[str] = frozenset(
    lemma(w) for w in "relish enjoy savor savour love like adore hate dislike loathe detest miss".split()
)
"""Lemmas of verbs of liking or disliking: before a gerund ("relishes being", "hates losing") they tell what
the subject likes to do, a state; before a clause or a noun of policy they may voice a view, and stay."""
_GERUND = re.compile(r"[a-z]+ing\b")
_WORD = re.compile(r"[\w'’-]+")


def _cue_lemma(text: str, attribution: Attribution) -> str:
    """The lemma of the cue's last word ("was most | impressed" -> "impress"), or "" for a cue of no word."""
    words = _WORD.findall(text[attribution.cue[0] : attribution.cue[1]])
    return lemma(words[-1].lower()) if words else ""


def feeling_in_object(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a verb of feeling (``FEELING_VERBS``) with its source written right after it and
    its content after the source: "The thaw worried Tasos Reddick, deputy commissioner, who ...". The
    source is the verb's object, who felt; no one stated anything. An inverted frame ("'...,' worried
    Reddick") has its content before the cue and stays."""
    source = attribution.source
    if source is None or attribution.quote:
        return False
    if _cue_lemma(text, attribution) not in FEELING_VERBS:
        return False
    return (_NAME_PARTS.fullmatch(text, attribution.cue[1], source[0]) is not None
            and attribution.content[0] >= source[1])


def liking_of_doing(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a verb of liking (``LIKING_VERBS``) whose content opens with a gerund: "relishes
    being the center of attention", "enjoys playing the villain": a state of the subject, no view."""
    if attribution.quote or attribution.content[0] < attribution.cue[1]:
        return False
    if _cue_lemma(text, attribution) not in LIKING_VERBS:
        return False
    return _GERUND.match(text, attribution.content[0]) is not None


_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got|felt|feel|feels|seemed|seems)\s+"
                             r"(?:(?:most|more|very|so|too|particularly|especially|really|not|also|\w+ly)\s+){0,2}$", re.I)
"""A passive or a state before the verb of feeling ("was most impressed", "were deeply upset"): its subject felt."""
_BY_SOURCE = re.compile(r"\s+by\s+(?:the\s+)?")
"""Only "by" (and "the") between the verb and the source: the source is what caused the feeling."""
PASSIVE_REACH = 40
"""Characters read back from the verb for its passive auxiliary and up to two adverbs."""


def felt_by_agent(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a verb of feeling in the passive with its source after "by": "visiting coach Whitcombe was
    most impressed by Devane": the coach felt, and Devane (who impressed him) said nothing."""
    source = attribution.source
    if source is None or attribution.quote:
        return False
    if _cue_lemma(text, attribution) not in FEELING_VERBS:
        return False
    before = text[max(0, attribution.cue[0] - PASSIVE_REACH) : attribution.cue[0]]
    return (_BY_SOURCE.fullmatch(text, attribution.cue[1], source[0]) is not None
            and _PASSIVE_BEFORE.search(before) is not None)
