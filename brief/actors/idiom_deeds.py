"""Verbs of saying in a fixed phrase that names a deed or an event, not a statement: "declared a state of
emergency" (an official act), "called the vote eight months early" (an election set), "called each of his
sisters" (phoned), "welcomed a baby boy" (a birth), "went on to run a bakery" (what someone did next),
"showed signs of improvement" (a patient's state), "the array supports fibre connectivity" (a product's feature),
"extended her probation" (a term lengthened), "failed to use the moment" (a thing not done), "was still deciding
whether to" (nothing decided yet).

Why: the cue model tags "declare", "call", "welcome", "go on", "show" and "support" from their place after a
subject, and news English uses each of them both ways. The words after the verb tell the sense: the object's
head noun ("emergency", "election", "baby", "connectivity"), a person phoned with nothing said after them, or the
verb after "went on to". A clause, a quotation or a complement after the object ("called the vote a sham",
"welcomed the baby bonus", "went on to say") keeps the statement.
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import SAYING_HEADS
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.phrasing import verb_lemma

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_DETERMINER = r"(?:(?:a|an|the|his|her|their|its|our|my)\s+)?"
_MODIFIERS = r"(?:[\w'’-]+\s+){0,3}?"
"""A few words between the determiner and the head noun ("a nine-day state of emergency", "a snap general election")."""
_PHRASE_ENDS = r"(?=\s*(?:[,.;!?()—–]|$)|\s+(?:on|in|at|after|before|amid|across|over|for|from|to|until|last|this|next|" \
    r"early|earlier|yesterday|today|tonight|when|while|as|because|following|weighing|named)\b)"
"""What may follow an idiom's head noun: a mark, a time, a place, a reason; never a noun or a complement."""

_DECLARED = re.compile(rf"\s+{_DETERMINER}{_MODIFIERS}(?:state\s+of\s+(?:emergency|siege|disaster|alert)|emergency|"
                       rf"martial\s+law|curfew|war|bankruptcy|insolvency|ceasefire|truce){_PHRASE_ENDS}", re.I)
"""What a ruler, a court or a firm declares by doing it: an emergency, martial law, a curfew, war, bankruptcy."""

_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)"
_CALLED_EVENT = re.compile(
    rf"(?i:\s+{_DETERMINER}(?:(?:snap|early|general|national|presidential|parliamentary|local|special|emergency|fresh|new|"
    rf"legislative|mid-term|midterm|second|press|news)\s+){{0,3}}(?:elections?|vote|polls?|referendum|strike|"
    rf"walkout|meeting|conference|session|summit|recess|time-?out))"
    rf"(?=\s*(?:[,.;!?()—–]|$)|(?i:\s+{_COUNT}\s+(?:days?|weeks?|months?|years?)\s+(?:early|ahead|sooner))\b|"
    rf"\s+(?:(?:for|on)\s+(?:[A-Z][a-z]+|\d|next|this|later|early|late)|last|this|next|early|earlier|yesterday|"
    rf"today)\b)")
"""An election, a vote, a strike or a meeting set by someone ("called the vote eight months early", "called a snap
election for June"), then a mark or a time: an event called, not a thing named. A complement ("called the vote a
sham", "called her vote in favour of the war a mistake") stays a verdict, and a purpose ("called an emergency meeting
to discuss the test") may say what the caller wants: neither is read, so a phrase after the noun is taken only
when it is a time."""

_KIN = (r"(?:brothers?|sisters?|siblings?|mother|father|mum|mom|dad|parents|wife|husband|son|sons|daughters?|children|"
        r"kids|family|grandmother|grandfather|grandparents|uncle|aunt|cousins?|fiancée?|girlfriend|boyfriend|partner|"
        r"friends?|lawyers?|attorneys?|doctors?|police|ambulance|911|999)")
_PHONED = re.compile(rf"\s+(?:each\s+of\s+|all\s+of\s+|both\s+of\s+|one\s+of\s+)?{_DETERMINER}(?:(?:[\w'’-]+)\s+){{0,2}}?"
                     rf"{_KIN}(?=\s*(?:[,.;!?—–]|$)|\s+(?:and|to|from|at|on|in|after|before|when|while|as|that\s+"
                     rf"(?:night|morning|evening|day)|immediately|right|later|again)\b)", re.I)
"""A relative, a friend, a lawyer or the police as "called"'s whole object, then a mark or what followed ("called each
of his five brothers, breaking down"): phoned; "called his brother a liar" (a complement) stays a verdict."""

_BIRTH = re.compile(rf"\s+{_DETERMINER}(?:(?:first|second|third|fourth|new|healthy|newborn|baby|[\w-]*pound|"
                    rf"[\w-]*ounce)\s+){{0,3}}(?:baby|son|daughter|child|twins|triplets|boy|girl|grandchild|grandson|"
                    rf"granddaughter)(?=\s*(?:[,.;!?()—–]|$)|\s+(?:at|in|on|into|named|called|weighing|last|this|earlier|"
                    rf"after|born|to|with|together)\b)", re.I)
"""A child born as "welcomed"'s object ("welcomed a baby girl at the hospital"): a birth, where "welcomed the baby
bonus" (another head noun after it) is a verdict on a policy."""

_DISCOURSE = frozenset(lemma(w) for w in "contrast list name thank apologize apologise".split())
"""Verbs of what a speaker does with words that neither the cue families nor ``SAYING_HEADS`` hold ("went on to
contrast her plans with his", "went on to list the failures", "went on to thank his staff")."""


def _saying(verb: str) -> bool:
    """Whether a verb after "to" is one of saying or of a stance, which keeps the statement."""
    base = lemma(verb)
    return base in CUE_GROUP or base in SAYING_HEADS or base in _DISCOURSE


_ON_TO = re.compile(r"\s*(?:on\s+)?to\s+([a-z]+)\b")
"""The "to" and the verb after "went on" (the cue may hold "on" or not)."""

_SIGNS = re.compile(r"\s+(?:(?:no|some|early|clear|first|new|further|little|any|few|encouraging|positive|slight|steady|"
                    r"marked)\s+){0,2}(?:signs?\s+of\b|improvement\b)", re.I)
"""The signs a patient, a market or a team shows ("showed signs of improvement", "showed some improvement"): a state
seen, nothing said."""

_FEATURES = frozenset(
    "connectivity capabilities capability functionality formats codecs protocols interfaces playback resolutions "
    "bandwidth throughput encryption failover multitasking ports drives peripherals".split())
"""Head nouns of what a product supports (a feature, a format, a connection): a device's specification; a side, a
plan or an idea ("supports the bill") is a stance and heads no such noun."""
_FEATURE_END = re.compile(r"\s+(?:in|of|for|from|with|at|on|across|including|like|such|by|that|which|to)\b|[,.;:(“\"—–]")
"""Where the supported thing's noun phrase ends; "and"/"or" do not end it ("path management and failover
capabilities")."""
FEATURE_WORDS = 8
"""Words of the supported thing's noun phrase up to its head; a longer run is a clause."""


def _verb(text: str, attribution: Attribution) -> str | None:
    """The cue's last word as a dictionary verb ("declared" -> "declare")."""
    words = _WORD.findall(text, *attribution.cue)
    return verb_lemma(words[-1].lower()) if words else None


def declared_state(text: str, attribution: Attribution) -> bool:
    """ "declared a nine-day state of emergency", "declared war on", "declared bankruptcy": an act, not a claim."""
    return _verb(text, attribution) == "declare" and _DECLARED.match(text, attribution.cue[1]) is not None


def called_event(text: str, attribution: Attribution) -> bool:
    """ "called the election a year early", "called a strike for Monday", "called a news conference": an event set."""
    return _verb(text, attribution) == "call" and _CALLED_EVENT.match(text, attribution.cue[1]) is not None


def phoned(text: str, attribution: Attribution) -> bool:
    """ "He called each of his five brothers, breaking down in tears": a phone call to kin, friends or the police."""
    return _verb(text, attribution) == "call" and _PHONED.match(text, attribution.cue[1]) is not None


def welcomed_birth(text: str, attribution: Attribution) -> bool:
    """ "X and her husband welcomed a baby boy": a child born, nothing welcomed as a statement does."""
    return _verb(text, attribution) == "welcome" and _BIRTH.match(text, attribution.cue[1]) is not None


def went_on_to_act(text: str, attribution: Attribution) -> bool:
    """ "she went on to get a master's", "went on to run a bakery": what someone did next, unless the verb after
    "to" is one of saying or of a stance ("went on to say", "went on to criticise")."""
    words = [w.lower() for w in _WORD.findall(text, *attribution.cue)]
    particle = words[-1:] == ["on"]
    if particle:
        words = words[:-1]
    if not words or verb_lemma(words[-1]) != "go":
        return False
    after = _ON_TO.match(text, attribution.cue[1])
    if after is None or not particle and after.group(0).split()[0].lower() != "on":
        return False
    return verb_lemma(after.group(1)) is not None and not _saying(after.group(1))


def showed_signs(text: str, attribution: Attribution) -> bool:
    """ "Suharto showed signs of improvement Sunday": a state seen in someone, not a finding they state."""
    return _verb(text, attribution) == "show" and _SIGNS.match(text, attribution.cue[1]) is not None


def product_support(text: str, attribution: Attribution) -> bool:
    """ "The AX4 also supports path management and failover capabilities": a product's feature, no stance."""
    if _verb(text, attribution) != "support" or attribution.quote:
        return False
    start, end = attribution.content
    if start < attribution.cue[1]:
        return False
    stop = _FEATURE_END.search(text, start, end)
    words = _WORD.findall(text[start : stop.start() if stop else end])
    return 0 < len(words) <= FEATURE_WORDS and words[-1].lower() in _FEATURES


_EXTENDED_WORDS = frozenset(
    "invitation invitations invite apology apologies congratulations condolences sympathy sympathies greetings "
    "greeting thanks gratitude welcome wishes offer offers hand olive branch support solidarity warning warnings alert "
    "alerts advisory advisories ultimatum appeal plea".split())
"""What one extends by saying it ("extended an invitation", "extended his condolences", "extended an olive branch",
"extended its wind warning until midnight"): a speech act or a stance; any other object (a probation, a deadline, a
lead, a contract) is lengthened, a deed."""
_EXTENDED_END = re.compile(r"\s+(?:to|until|till|by|for|from|through|into|beyond|past|after|before|on|in|at|with)\b|"
                           r"[,.;:(“\"—–]")
"""Where "extended"'s object ends: a preposition of how long, to whom or where, or a mark."""
EXTENDED_WORDS = 6
"""Words of "extended"'s object up to its head ("her probation", "the league's transfer deadline")."""
_TO_VERB = re.compile(r"\s*to\s+([a-z]+)\b")
_WHETHER = re.compile(r"\s*(?:whether|if)\b", re.I)


def extended_term(text: str, attribution: Attribution) -> bool:
    """ "Judge Perry also extended her probation to three years": a term lengthened, unless what is extended is
    said ("extended an invitation", "extended her condolences")."""
    if _verb(text, attribution) != "extend" or attribution.quote:
        return False
    stop = _EXTENDED_END.search(text, attribution.cue[1], attribution.content[1])
    words = [w.lower() for w in _WORD.findall(text[attribution.cue[1] : stop.start() if stop else attribution.content[1]])]
    return 0 < len(words) <= EXTENDED_WORDS and not _EXTENDED_WORDS.intersection(words)


def failed_to_act(text: str, attribution: Attribution) -> bool:
    """ "They also failed to use the military's failure": a thing not done, unless it is a saying left unsaid
    ("failed to mention", "failed to condemn")."""
    after = _TO_VERB.match(text, attribution.cue[1])
    if _verb(text, attribution) != "fail" or after is None:
        return False
    return verb_lemma(after.group(1)) is not None and not _saying(after.group(1))


def undecided(text: str, attribution: Attribution) -> bool:
    """ "The team was still deciding whether to release a statement": a choice not made, nothing stated."""
    return _verb(text, attribution) == "decide" and _WHETHER.match(text, attribution.cue[1]) is not None


GERUND_REACH = 30
"""Characters read before a lone -ing cue for the auxiliary of its progressive ("was still | deciding")."""
_AUXILIARIES = frozenset("has have had was were is are be been being will would shall should can could may might must "
                         "did does do not n't still also now already currently".split())


def _lone_verb(text: str, attribution: Attribution) -> bool:
    """Whether the cue's last word is its only verb, auxiliaries and adverbs aside ("also extended", "was still
    deciding"): in "ruled out calling a snap election" the phrase is what another verb rules out, a stance."""
    words = [w.lower() for w in _WORD.findall(text, *attribution.cue)]
    if words and words[-1].endswith("ing"):
        before = [w.lower() for w in _WORD.findall(text, max(0, attribution.cue[0] - GERUND_REACH), attribution.cue[0])]
        before += words[:-1]
        return bool(before) and before[-1] in _AUXILIARIES  # "is calling": "ruled out calling" is a gerund
    return all(w in _AUXILIARIES or verb_lemma(w) is None for w in words[:-1])


def idiom_deed(text: str, attribution: Attribution) -> bool:
    """Whether the cue is one of this module's fixed phrases of a deed or an event (see the module's docstring)."""
    if not _lone_verb(text, attribution):
        return went_on_to_act(text, attribution)
    return (declared_state(text, attribution) or called_event(text, attribution) or phoned(text, attribution)
            or welcomed_birth(text, attribution) or went_on_to_act(text, attribution) or showed_signs(text, attribution)
            or product_support(text, attribution) or extended_term(text, attribution) or failed_to_act(text, attribution)
            or undecided(text, attribution))
