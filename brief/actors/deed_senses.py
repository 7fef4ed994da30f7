"""Verbs of saying in their other sense, a deed: "called in threats to the office" (the phrasal "call in":
to phone in, or to summon), "Best Buy currently lists RTX 3080s from Nvidia" (a shop lists goods), "Harris did
not address her supporters" (speaking to an audience, with nothing of what was said), "Republicans questioned
Morrison about his testimony" (putting questions to a witness, not doubting), "has named Kellyanne Conway to
the position of counselor" (an appointment), "invited his daughter into a meeting" (bringing someone in), "his
wife urged him on" (cheering someone on), "had to call for the trainer" (summoning help).

The cue model tags "called" and "lists" from their place after a subject; the particle or the object shows
the sense. "Call in" says something only with a demand after it ("called in a statement for an inquiry");
"list" states a judgement only with "as" or a clause ("lists the variant as a concern", "lists that ...").
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.object_heads import WORD, object_phrase
from brief.actors.phrasing import verb_lemma

_IN_AFTER = re.compile(r"\s*in\s+[\w\"“‘]", re.I)
"""The particle "in" right after the verb ("called in threats", "called in the National Guard")."""
_DEMAND = re.compile(r"\bfor\b|\bon\s+(?:[\w'’.-]+\s+){1,6}?to\s+[a-z]|\bthat\b|[\"“:]", re.I)
"""What makes "called in ..." a demand or a statement: "for" what is wanted ("called in a statement for an
inquiry", "called in Lagos for calm"), "on X to do", a "that"-clause, a quotation or a colon."""
_CLAUSE_END = re.compile(r"[.;!?]")
_JUDGED = re.compile(r"\b(?:as|that|among)\b|[:\"“]", re.I)
"""What makes "list" a statement: a judgement ("lists the variant as a concern", "among the risks") or a
clause or quotation of what was listed as said."""


def called_in(text: str, attribution: Attribution) -> bool:
    """ "He allegedly called in threats to the office", "called in the National Guard", "called in sick":
    the phrasal verb of phoning in or summoning, no statement, unless a demand follows ("for", "on X
    to", "that", a quotation)."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if not words or verb_lemma(words[-1].lower()) != "call" or attribution.content[1] <= attribution.cue[1]:
        return False
    if _IN_AFTER.match(text, attribution.cue[1]) is None:
        return False
    stop = _CLAUSE_END.search(text, attribution.cue[1], max(attribution.content[1], attribution.cue[1] + 1))
    clause = text[attribution.cue[1] : stop.start() if stop else attribution.content[1]]
    return _DEMAND.search(clause) is None


def listed_goods(text: str, attribution: Attribution) -> bool:
    """ "Best Buy currently lists RTX 3080s from Nvidia, Gigabyte, MSI": the verb "list" with a bare object
    enumerates things (goods on sale, items in a report), with no judgement in it; "lists the variant as
    a concern" and a clause or quotation after it keep the position."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if not words or verb_lemma(words[-1].lower()) != "list":
        return False
    start, end = attribution.content
    return not attribution.quote and _JUDGED.search(text, start, end) is None  # "..., EVGA listed": the same goods


def addressed_only(text: str, attribution: Attribution) -> bool:
    """ "Kamala Harris did not address her supporters at Howard University", "addressed the nation on Sunday":
    the verb "address" with its audience or topic and no clause, quotation or colon of what was said."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if not words or verb_lemma(words[-1].lower()) != "address" or attribution.quote:
        return False
    if any(verb_lemma(w.lower()) in _REFUSING for w in words):
        return False  # "declined to address whether ...": a refusal to say, which the gold counts
    start, end = attribution.content
    return start >= attribution.cue[1] and _SAID_THERE.search(text, start, end) is None


_REFUSING = frozenset({"decline", "refuse"})
_SAID_THERE = re.compile(r"(?:that|saying|telling|warning|urging)|[:\"“]", re.I)
"""What makes an address a statement: a clause or quotation of what was said there."""


_WITNESS_QUESTIONED = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr|Gen|Lt)\.?\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:about|on|over)\b")
"""A person named as the object, then what they were asked about ("questioned Morrison about his testimony")."""


def questioned_witness(text: str, attribution: Attribution) -> bool:
    """ "Republicans also questioned Morrison about his closed-door testimony": "question" with a person
    as its object and "about" what was asked is an interrogation, no doubt stated ("questioned the plan",
    "questioned whether it was legal" keep theirs)."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    return bool(words) and verb_lemma(words[-1].lower()) == "question" and _WITNESS_QUESTIONED.match(
        text, attribution.cue[1]) is not None


_APPOINTED = re.compile(r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,[^,;.]{1,120},)?\s+"
                        r"(?:to\s+(?:the\s+|a\s+|his\s+|her\s+|its\s+)?(?:position|post|role|board|job|office|cabinet|bench)\b"
                        r"|as\s+(?:its|his|her|their|the)\s+(?:new\s+)?[a-z]+)")
"""A person named (with an apposition after the name, or none), then the post they are given ("named Kellyanne
Conway, the campaign manager who ..., to the position of", "named Jo Reyes as its new chief executive")."""
_TO_BECOME = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,3}?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,[^,;.]{1,120},)?\s+"
                        r"to\s+(?:become|be|serve\s+as)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:new\s+)?"
                        r"(?:[a-z][\w'’-]*\s+){0,3}(?:coach|manager|captain|chief|head|director|president|chair(?:man|woman)?|"
                        r"minister|secretary|editor|commissioner|governor|ambassador|executive|officer|leader|adviser|advisor)\b")
"""A person named after up to three words of their present post, then the post they are given with "to become",
"to be" or "to serve as" ("promoted defensive coordinator Jo Reyes to become head coach", "to become the school’s
next head coach", up to three words before the post's noun, an owner's among them): the cue model reads
"X to do" as a demand ("urged X to do"), but becoming a post's holder is what the appointment makes of X."""


_APPOINTING = frozenset({"name", "appoint", "promote", "hire", "elevate", "choose", "pick", "select", "tap", "install",
                         "nominate"})
"""Verbs of giving someone a post; with the person and the post after them, the cue model's "X to do" (which
reads "urged X to do") is the post's description."""


def appointed(text: str, attribution: Attribution) -> bool:
    """ "Trump has named Kellyanne Conway to the position of counselor": "name" or "appoint" with a person and
    the post after it is an appointment, a deed; "named Russia as the culprit" (no post) keeps its judgement;
    so is "promoted Jo Reyes to become head coach" (any verb of ``_APPOINTING`` with "to become" a post)."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if not words or verb_lemma(words[-1].lower()) not in _APPOINTING:
        return False
    return (_APPOINTED.match(text, attribution.cue[1]) is not None and verb_lemma(words[-1].lower()) in ("name", "appoint")
            ) or _TO_BECOME.match(text, attribution.cue[1]) is not None



_TO_ORDER = re.compile(r"\s+(?!(?:on|upon|for)\b)(?:[\w'’-]+\s+){1,4}?to\s+order(?=\s*(?:[.,;:!?]|$)|\s+(?:after|when|as|and|but|at|during|again|twice|several)\b)")
"""An object (not "on X": "called on ministers to order an inquiry" is a demand), then "to order" that ends its
clause ("called the chamber to order", "... to order after ..."); "to order" with an object of its own is the
verb "order", asked for."""


def called_to_order(text: str, attribution: Attribution) -> bool:
    """ "The Speaker twice called the chamber to order": the chair's act of restoring order in a meeting, which
    the cue model reads as "called X to do"; no demand of anything, nothing said. So are the idioms of ending
    something ("have called it quits", "called it a day", "called time on their partnership")."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    return bool(words) and verb_lemma(words[-1].lower()) == "call" and (
        _TO_ORDER.match(text, attribution.cue[1]) is not None or _ENDED.match(text, attribution.cue[1]) is not None)


_ENDED = re.compile(r"\s+(?:it\s+(?:quits|a\s+(?:day|night|career))|time\s+on)\b", re.I)
"""The idioms of "call" that end something: "called it quits", "called it a day", "called time on"."""


_VICTIM_THEN_WHERE = re.compile(r"\s*(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+(?:,\s*\d{1,3},|\s+(?:outside|inside|near|"
                                r"with\s+an?|from\s+behind)\b)")
"""A person named, then an age set off after the name or the place or weapon: "attacked Amir Khan, 42, outside a
takeaway", "attacked Ms Reid with a knife"; criticism names what for ("attacked Reid for her remarks", "over the
cuts", "as weak") or where it was said ("in a speech", "on Twitter", "at a rally"), so "in", "on", "at" are no
sign of violence."""


def physical_attack(text: str, attribution: Attribution) -> bool:
    """ "Hughes attacked Amir Khan, 42, outside a takeaway in Leeds": "attack" with a person and the place or the
    weapon after it is a violent act, no criticism stated (the cue model reads "attacked" as "attacked the
    plan")."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    return (bool(words) and verb_lemma(words[-1].lower()) == "attack" and attribution.content[0] >= attribution.cue[1]
            and _VICTIM_THEN_WHERE.match(text, attribution.cue[1]) is not None)


_INVITED_IN = re.compile(r"\s+(?:[^\s.;:!?\"“—–]+\s+){1,12}?(?:[—–][^—–.;:!?]{1,160}[—–]\s+)?(?:into|to\s+(?:the|a|an|his|her|their|its|our|my|this|that|"
                         r"dinner|lunch|breakfast|tea|[A-Z]))\b")
"""An object (an aside after it too, whole between dashes however long), then "into" a place or "to" a place, event or meal ("invited his daughter
Ivanka — who ... — into a meeting", "invited reporters to the Oval Office"); "invited X to speak", a verb after
"to", is a request or an offer, and keeps its position."""


def invited_in(text: str, attribution: Attribution) -> bool:
    """ "Trump invited his daughter Ivanka into a meeting with Abe": "invite" with someone and where they are
    brought is an act of hosting, nothing asked of them nor said."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    return bool(words) and verb_lemma(words[-1].lower()) == "invite" and _INVITED_IN.match(text, attribution.cue[1]) is not None


_ON_AFTER_OBJECT = re.compile(r"\s+(?:him|her|them|me|us|you|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+on"
                              r"(?=\s*(?:[.,;:!?—–]|$)|\s+(?:as|and|from|with|through|until|towards?)\b)")
"""A person, then the particle "on" that ends its phrase ("urged him on —", "urging Ortiz on as she ran"); not "on
Tuesday", "on X to do", where "on" opens a time or a demand's addressee."""


def urged_on(text: str, attribution: Attribution) -> bool:
    """ "His wife, Angelina, urged him on": the phrasal "urge on", to spur someone on, is encouragement with
    nothing asked or said; "urged him on Monday to resign" keeps its demand."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    return bool(words) and verb_lemma(words[-1].lower()) == "urge" and _ON_AFTER_OBJECT.match(text, attribution.cue[1]) is not None


_PRIZE_TAKEN = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|first|second|third|top|No\.\s*\d+|number\s+one|"
                          r"overall|outright|[a-z]+-place)\s+){0,3}(?:spot|place|title|crown|prize|trophy|medal|gold|"
                          r"silver|bronze|championship|pole|jackpot|throne|lives|life|seat|seats)\b")
"""What "claim" takes in its sense of winning or taking, a prize, a rank or lives ("claimed the top spot at the box
office", "claimed gold", "claimed the lives of 12 people"); "claimed victory" and "claimed responsibility" state
something and are not here."""


def claimed_prize(text: str, attribution: Attribution) -> bool:
    """ "The film once again claimed the top spot at the box office": "claim" as taking a prize or a rank, a deed
    with nothing asserted; "claimed that ...", "claimed responsibility", "claimed victory" keep their statement."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    return bool(words) and verb_lemma(words[-1].lower()) == "claim" and _PRIZE_TAKEN.match(text, attribution.cue[1]) is not None


_EVENTS = frozenset(
    "hearing hearings meeting meetings talks visit visits tour session sessions summit conference trial trials season "
    "series negotiations deliberations ceremony ceremonies festival campaign investigation investigations inquiry probe "
    "review tournament game match round rounds".split())
"""Heads of what is held and brought to its end (a hearing, a meeting, talks, a visit, a trial): what "conclude"
finishes; "concluded that ...", "concluded the probe was flawed" (a clause after the head) find something."""
_EVENT_END = re.compile(r"\s+(?:in|of|on|at|with|by|after|before|without|and|for|last|this|early|late)\b|[,.;:(“\"—–]")
"""Where the finished event's noun phrase ends: a preposition, a time, a conjunction or a mark ("concluded its
third public hearing on Tuesday")."""
_EVENT_WORDS = 6
"""Words of the event's noun phrase up to its head ("its third public impeachment hearings"); a longer run is a clause."""


def concluded_event(text: str, attribution: Attribution) -> bool:
    """ "The committee concluded its third public hearing on Tuesday": "conclude" with a held event as its object
    finishes it, a deed with nothing found or said; "concluded that ..." and "concluded the probe was flawed" keep
    their statement."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if not words or verb_lemma(words[-1].lower()) != "conclude" or attribution.quote:
        return False
    phrase = WORD.findall(object_phrase(text, attribution, _EVENT_END))
    return 0 < len(phrase) <= _EVENT_WORDS and phrase[0].lower() != "that" and phrase[-1].lower() in _EVENTS


_HELPER = re.compile(r"\s*(for\s+)?(?:a|an|the|his|her|their|its)\s+(?:team\s+|club\s+|ship's\s+)?(?:trainer|physio|"
                     r"physiotherapist|doctor|medic|medics|paramedics|ambulance|stretcher|nurse|taxi|cab)\b")
"""Someone or something fetched to help ("call for the trainer", "called for an ambulance"); "called for new
elections", "called for calm" are demands and are not here."""


def called_for_help(text: str, attribution: Attribution) -> bool:
    """ "He had to call for the trainer after the fifth game": summoning a helper, an act with nothing demanded
    of anyone's policy nor said."""
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    if not words or attribution.quote:
        return False
    calls = [k for k, w in enumerate(words) if verb_lemma(w.lower()) == "call"]
    if not calls or words[calls[-1] + 1 :] not in ([], ["for"]):
        return False
    helper = _HELPER.match(text, attribution.cue[1])
    return helper is not None and (words[-1].lower() == "for" or helper.group(1) is not None)
