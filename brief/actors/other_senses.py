"""Cue words in a sense that reports nothing: a verb of going on, naming, convening or seeming, or a noun.

"all going on to record easy wins" (proceeding to a deed, unlike "went on to say"), "the country called its first free elections" (convening a vote, not calling for one), "the
Portwick Fashion Week show in a gown" (an event's noun after its name), "has complaints related to Article 12"
(a noun and a participle), "Ledger AI lets clerks highlight figures" (what a product lets its users do), "Marek
looked odds-on to convert the free-kick" ("looked" for "seemed", before a complement), "critics have been debating
his merits" (a debate's topic). The
cue model tags these from their place after a subject; the words around them show the sense.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cues import seed_cue
from brief.actors.phrasing import is_noun, verb_lemma
from brief.text.lexicon import AUXILIARY_VERBS

_GOING_ON = re.compile(r"(?:go|goes|going|gone|went)\s+on", re.I)
_TO_VERB = re.compile(r"\s*to\s+([a-z]+)")
_SPOKEN = frozenset("contrast compare detail outline list discuss talk speak address thank question mock".split())
"""Verbs of speaking that the seed cues lack, which "went on to" leaves a statement ("going on to contrast her
plans with his")."""
_CONVENED = re.compile(r"\s+(?:(?:an?|the|its|first|snap|early|free|fresh|new|general|national|democratic|"
                       r"multiparty|presidential|parliamentary|\d{4})\s+){0,4}"
                       r"(?:elections?|referendums?|referenda|polls|general\s+strikes?)"
                       r"(?=\s*(?:[.,;!?]|$)|\s+(?:since|for|in|on|at|after|before|to|and|over|last|this|next)\b)", re.I)
"""What "called" convenes: an election, a referendum or a general strike ("called its first democratic elections",
"called a snap election for June"), closed by a stop or a preposition; not what was called for, nor what a thing
was called ("called the election “a trick”"), nor a person's vote ("called her vote in favor of the war a
mistake"). A meeting called "to discuss" something has a purpose the reader may count as the body's."""
_EVENT_NOUN = frozenset("show shows".split())
"""A cue word that is also an event's noun, read so after a name and before a preposition ("the Portwick Fashion
Week show in a gown")."""
_AFTER_EVENT = re.compile(r"\s+(?:in|at|on|with|last|this)\b")
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)\b[A-Z][a-z]+\s+$")
"""A capitalised word right before the cue that does not open its sentence."""
_RELATED_TO = re.compile(r"\s+to\b")
_LETTING = re.compile(r"\b(?:lets|let|letting|allows|helps|helping)\s+(?!me\b|us\b)[A-Za-z]+\s+$")
"""A product or rule that lets someone do what the cue names ("lets users highlight data"): a capability."""
_LOOK_PARTICLE = re.compile(r"\s+(?:to|for|forward|ahead|at|into|towards?|back|on|upon|out|beyond|past|around|"
                            r"askance|elsewhere)\b|\s*[“\"‘':]", re.I)
"""What follows "look" in its senses of wanting or weighing ("looking to sign a goalkeeper", "looks forward to",
"looked at the offer", "looked back on", "looking out on the crowd": what PolNeAR counts a perception), or a
quotation or a colon after it. Any other word after it is the
complement of "look" for "seem" ("looked odds-on to convert", "looks set to start", "looked like a winner"): how
someone appeared, nothing said or wanted."""


def _unquoted_verb(text: str, attribution: Attribution, verb: str, stated: re.Pattern[str]) -> bool:
    """Whether the cue, with no quotation of its own, ends in a form of ``verb`` that ``stated`` does not follow:
    the words after it are not what was said."""
    c0, c1 = attribution.cue
    words = text[c0:c1].lower().split()
    return bool(words) and not attribution.quote and verb_lemma(words[-1]) == verb and stated.match(text, c1) is None


def looked_like(text: str, attribution: Attribution) -> bool:
    """Whether the cue is "look" in its sense "seem" (``_LOOK_PARTICLE`` does not follow it): no position."""
    return _unquoted_verb(text, attribution, "look", _LOOK_PARTICLE)


_STATED_AFTER = re.compile(r"\s*(?:that\b|:|[“\"‘'])")
"""A statement's opening after the cue: "that", a colon or a quotation."""


def debated_topic(text: str, attribution: Attribution) -> bool:
    """ "Critics have been debating not only his merits but his meaning": what a debate is about, no side of it
    taken; only a "that" clause, a colon or a quotation after "debate" would give what someone argued."""
    return _unquoted_verb(text, attribution, "debate", _STATED_AFTER)


def other_sense(text: str, attribution: Attribution) -> bool:
    """Whether the cue's word is read here in a sense that states nothing (see the module's doc)."""
    c0, c1 = attribution.cue
    cue = text[c0:c1]
    words = cue.lower().split()
    if not words:
        return False
    if looked_like(text, attribution) or debated_topic(text, attribution):
        return True
    if _GOING_ON.fullmatch(cue):  # "going on to record wins"; "went on to say" keeps its statement
        verb = _TO_VERB.match(text, c1)
        return verb is not None and not seed_cue(verb.group(1)) and verb.group(1) not in _SPOKEN
    if (verb_lemma(words[-1]) == "call" and not words[-1].endswith("ing") and all(w in AUXILIARY_VERBS for w in words[:-1])
            and _CONVENED.match(text, c1) is not None):
        return True  # not "ruled out calling a snap election": the stance on calling one
    if len(words) == 1 and words[0] in _EVENT_NOUN and _NAME_BEFORE.search(text, max(0, c0 - 40), c0) and _AFTER_EVENT.match(text, c1):
        return True
    if words[-1] == "related" and len(words) > 1 and is_noun(words[-2]) and _RELATED_TO.match(text, c1):
        return True  # "has complaints related to Article 12": what the complaints concern, no statement
    return _LETTING.search(text, max(0, c0 - 40), c0) is not None and len(words) == 1
