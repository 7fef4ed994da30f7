"""Verbs of criticism, complaint, praise or remark in their bodily sense: "blasting the visiting bowlers out of the
park" (a ball struck), "complained of difficulty in breathing" (a symptom felt), "the away supporters applaud
their side warmly" (hands clapped), "observed the moon for 17 nights" (a watch kept).

Why: the cue model reads "blasted" as "blasted the decision" and "complained of" as "complained of unfair
treatment", from their place after a subject. The words after the object tell the sense: an object driven "out
of" or "over" somewhere is struck, not criticised; a pain, a difficulty in breathing or a fever complained of is
what a patient felt, nothing stated about anyone; people applauded with nothing of what for ("for", "as", a
clause) are clapped; a thing observed for a time or through an instrument is watched, not remarked on
("observed that ...").
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.object_heads import WORD
from brief.actors.phrasing import verb_lemma

_STRIKING = frozenset("blast hammer smash slam hit pound thump bash belt knock".split())
"""Verbs of harsh criticism that also strike a ball or a body ("blasted the bowlers", "hammered the ball")."""
_DRIVEN = re.compile(r"\s+(?:[^\s,;:.!?\"“]+\s+){1,5}?(?:out\s+of|into\s+the|over\s+the|past\s+the|onto\s+the|"
                     r"through\s+the|off\s+the|to\s+the\s+(?:boundary|court|floor|ground|canvas|deck|turf|ice))\b", re.I)
"""An object of a few words, then where it was driven ("the bowlers out of the park", "the ball over the
ropes", "knocked him to the court"); not "on" ("slammed the door on talks"), an idiom of refusal."""
_COLLIDED = re.compile(r"\s+(?:(?:head-on|headlong|hard|straight|full-on|right|squarely)\s+)?into\s",
                       re.I)
"""A striking verb with no object and "into" after it: a body or a vehicle that hit something
("slammed head-on into another vehicle"), not criticism, whose object comes first ("slammed the plan")."""
_COMPLAIN = "complain"
_SYMPTOMS = frozenset("pain pains ache aches headache headaches difficulty breathlessness breathing fever nausea "
                      "dizziness fatigue tiredness cramps cramp discomfort numbness soreness stiffness swelling "
                      "chest stomach back feeling feelings".split())
"""Heads of what a patient complains of ("chest pains", "difficulty in breathing", "feeling unwell")."""
_OF_SYMPTOM = re.compile(r"(?:\s+of)?\s+((?:[^\s,;:.!?\"“]+\s+){0,2}?[^\s,;:.!?\"“]+)", re.I)
""""of" (in the cue or after it) and up to three words, among them the symptom ("of severe chest pains")."""


def struck_away(text: str, attribution: Attribution) -> bool:
    """ "McCullum blasting the visiting bowlers out of the park": a ball or a body struck somewhere, no criticism;
    so is "the car slammed head-on into another vehicle", a crash."""
    words = WORD.findall(text, *attribution.cue)
    return (bool(words) and not attribution.quote and verb_lemma(words[-1].lower()) in _STRIKING
            and attribution.content[0] >= attribution.cue[1]
            and any(shape.match(text, attribution.cue[1]) for shape in (_DRIVEN, _COLLIDED)))


def symptom_complained(text: str, attribution: Attribution) -> bool:
    """ "She complained of difficulty in breathing": a symptom felt, nothing said about anyone."""
    words = WORD.findall(text, *attribution.cue)
    if attribution.quote or attribution.content[0] < attribution.cue[1]:
        return False
    verb = next((w for w in reversed(words) if verb_lemma(w.lower()) == _COMPLAIN), None)
    if verb is None or (words[-1].lower() != "of" and not text[attribution.cue[1] :].lstrip().lower().startswith("of ")):
        return False
    found = _OF_SYMPTOM.match(text, attribution.cue[1])
    return found is not None and any(w.lower() in _SYMPTOMS for w in WORD.findall(found.group(1)))


_CLAPPING = frozenset("applaud cheer clap".split())
"""Verbs of praise that are also the clapping of a crowd ("applaud their side warmly")."""
_PEOPLE_CLAPPED = frozenset("side team players squad him her them us performers cast band crowd fans winners "
                            "heroes".split())
"""Heads of people clapped ("their side", "the players", "him"): clapping them, where "applauded the decision"
judges a thing."""
_PRAISED_FOR = re.compile(r"\b(?:for|as|that|over|on|saying|because)\b|[“\"]", re.I)
"""What makes clapping praise stated: what for ("applauded him for his courage"), a clause or a quotation."""
CLAPPED_WORDS = 3
"""Words of the object read for a people's head ("their side", "the home players")."""


def clapped(text: str, attribution: Attribution) -> bool:
    """ "The away supporters applaud their side warmly from the pitch": a crowd clapping, no praise stated."""
    words = WORD.findall(text, *attribution.cue)
    if not words or attribution.quote or verb_lemma(words[-1].lower()) not in _CLAPPING:
        return False
    if attribution.content[0] < attribution.cue[1] or _PRAISED_FOR.search(text, *attribution.content):
        return False
    return any(w.lower() in _PEOPLE_CLAPPED for w in WORD.findall(text, *attribution.content)[:CLAPPED_WORDS])


_OBSERVE = "observe"
_WATCHED = re.compile(r"\s+(?:[^\s,;:.!?\"“]+\s+){1,4}?(?:for\s+(?:\d+|several|many|two|three|four|five|six|seven|"
                      r"eight|nine|ten|twelve)\s+(?:nights|days|hours|weeks|months|years|minutes|orbits)|(?:with|"
                      r"through|using)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:telescopes?|microscopes?|"
                      r"cameras?|binoculars|instruments?|spacecraft|probe))\b", re.I)
"""An object, then how long or with what it was watched ("Europa for 17 nights", "the comet with a telescope")."""


def watched(text: str, attribution: Attribution) -> bool:
    """ "The researchers observed the moon for 17 nights": watching, not remarking ("observed that ...")."""
    words = WORD.findall(text, *attribution.cue)
    return (bool(words) and not attribution.quote and verb_lemma(words[-1].lower()) == _OBSERVE
            and attribution.content[0] >= attribution.cue[1] and _WATCHED.match(text, attribution.cue[1]) is not None)


def bodily_sense(text: str, attribution: Attribution) -> bool:
    """Whether the cue is a blow struck, a symptom felt, a crowd clapping or a watch kept (see the module's
    docstring)."""
    return (struck_away(text, attribution) or symptom_complained(text, attribution) or clapped(text, attribution)
            or watched(text, attribution))
