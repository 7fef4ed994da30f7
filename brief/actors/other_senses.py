"""Cue words in a sense that reports nothing: a verb of going on, naming or convening, or a noun.

"all going on to record easy wins" (proceeding to a deed, unlike "went on to say"), "a report titled ‘...’"
(a work's name), "the country called its first free elections" (convening a vote, not calling for one), "the
Portwick Fashion Week show in a gown" (an event's noun after its name), "has complaints related to Article 12"
(a noun and a participle), "Ledger AI lets clerks highlight figures" (what a product lets its users do). The
cue model tags these from their place after a subject; the words around them show the sense.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import seed_cue
from brief.actors.phrasing import is_noun, verb_lemma

_GOING_ON = re.compile(r"(?:go|goes|going|gone|went)\s+on", re.I)
_TO_VERB = re.compile(r"\s*to\s+([a-z]+)")
_NAMING = frozenset("titled entitled headlined subtitled".split())
"""Participles that give a work's name ("an article titled ‘...’"), never what anyone said."""
_CONVENED = re.compile(r"\s+(?:(?:an?|the|its|their|his|her|our|first|snap|early|free|fresh|new|general|"
                       r"national|democratic|multiparty|emergency|special|\d{4})\s+){0,4}"
                       r"(?:elections?|votes?|referendums?|referenda|polls|strikes?|meetings?|sessions?|summits?|hearings?)"
                       r"(?=\s*(?:[.,;!?]|$)|\s+(?:since|for|in|on|at|after|before|to|and|over|last|this|next)\b)", re.I)
"""What "called" convenes: an election, a vote, a strike or a meeting ("called its first democratic elections",
"called a snap vote for June"), closed by a stop or a preposition; not what was called for, nor what a thing was
called ("called the election “a trick”", "called the vote rigged")."""
_EVENT_NOUN = frozenset("show shows".split())
"""A cue word that is also an event's noun, read so after a name and before a preposition ("the Portwick Fashion
Week show in a gown")."""
_AFTER_EVENT = re.compile(r"\s+(?:in|at|on|with|last|this)\b")
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-Z][a-z]+\s+$")
"""A capitalised word right before the cue that does not open its sentence."""
_RELATED_TO = re.compile(r"\s+to\b")
_LETTING = re.compile(r"\b(?:lets|let|letting|allows|helps|helping)\s+(?!me\b|us\b)[A-Za-z]+\s+$")
"""A product or rule that lets someone do what the cue names ("lets users highlight data"): a capability."""


def other_sense(text: str, attribution: Attribution) -> bool:
    """Whether the cue's word is read here in a sense that states nothing (see the module's doc)."""
    c0, c1 = attribution.cue
    cue = text[c0:c1]
    words = cue.lower().split()
    if not words:
        return False
    if _GOING_ON.fullmatch(cue):  # "going on to record wins"; "went on to say" keeps its statement
        verb = _TO_VERB.match(text, c1)
        return verb is not None and not seed_cue(verb.group(1))
    if words[-1] in _NAMING:
        return True
    if verb_lemma(words[-1]) == "call" and _CONVENED.match(text, c1) is not None:
        return True
    if len(words) == 1 and words[0] in _EVENT_NOUN and _NAME_BEFORE.search(text, max(0, c0 - 40), c0) and _AFTER_EVENT.match(text, c1):
        return True
    if words[-1] == "related" and len(words) > 1 and is_noun(words[-2]) and _RELATED_TO.match(text, c1):
        return True  # "has complaints related to Article 12": what the complaints concern, no statement
    return _LETTING.search(text, max(0, c0 - 40), c0) is not None and len(words) == 1
