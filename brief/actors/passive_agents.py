"""A stance told in the passive with its holder as the agent: "The plan was rejected by the union", "The deal was
condemned by Amnesty as a betrayal", "The move has been welcomed by business groups".

Why: the cue model reads "was rejected" as a cue whose source is the subject (or the agent, with the subject's words
as content), and ``statements`` drops every passive cue, since the subject of a passive said nothing. A reader lists
the agent as the one who holds the stance, on the subject: "the union | rejected | the plan". The attribution is
turned round so: the agent after "by" is the source, the participle the cue, the subject the content (before the
cue, so the line reads "rejects the plan").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.groups import people_noun
from brief.actors.phrasing import verb_lemma
from brief.model import Sentence

STANCE_VERBS = frozenset(
    "reject condemn welcome criticise criticize praise endorse oppose denounce hail applaud slam decry deplore "
    "lambast".split()
)
"""Verbs whose passive agent holds a stance on the subject. Not "back" or "support" ("is backed by SoftBank": money),
"dismiss" ("was dismissed by the club": sacked), nor "accuse", "urge" or "describe", whose object is no stance's
topic but its target."""
_GREETED = frozenset({"welcome"})
"""A verb that greets people ("The delegates were welcomed by the mayor"): a stance only on a thing."""

_BE = (r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)"
       r"(?:\s+(?:also|since|now|swiftly|quickly|widely|roundly|strongly|sharply|broadly|warmly|firmly))?")
_PASSIVE_CUE = re.compile(rf"(?:{_BE}\s+)?(?:(?:also|now|[a-z]+ly)\s+)?(?P<verb>[a-z]+ed)", re.I)
_BE_LEFT_OUT = re.compile(rf"{_BE}\s+$", re.I)
"""The cue as the model marks a passive: "be" (with "has been"), an adverb, the participle; or the participle
alone, with an adverb, its "be" before the cue ("was | also condemned", "is | strongly opposed")."""

_AGENT = re.compile(
    r"\s+by\s+(?P<agent>(?:the\s+|its\s+|their\s+)?[\w'’&.-]+(?:\s+(?!(?:as|on|in|at|for|after|over|who|which|that|"
    r"because|when|amid|during|with|while|and|but|saying|since|last|this|earlier|to|from)\b)[\w'’&.-]+){0,7}?)"
    r"(?=\s*[,.;:!?]|\s+(?:as|on|in|at|for|after|over|who|which|that|because|when|amid|during|with|while|saying|"
    r"since|last|this|earlier|and\s+said)\b|\s+and\s+(?:the\s+)?[A-Z])")
"""The agent after "by", up to the clause's end or a word that opens what follows it ("as a betrayal", "on Monday",
"who said"). An agent of "of" runs on ("the Federation of Metal Workers"). Of agents named in a row ("by the Nordic
Appliance Council and the Retail Traders Federation"), the first: a trade desk's list of the groups that oppose a
plan, whose first name the model cut ("the Nordic | Appliance Council and ...") when none ended there."""

_OF_RUN = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*")

_BE_REACH = 30
"""Characters before the cue searched for a "be" the model left out of it ("has been strongly")."""
MAX_SUBJECT_WORDS = 12
"""A longer stretch before the cue is more than the passive's subject (a clause, a list): left as it is."""
_OPENER = re.compile(r"(?:(?:but|and|however|yet|meanwhile|now),?\s+)", re.I)
_NOT_SUBJECT = frozenset("who which that it this he she they we i you".split())
"""A relative pronoun (the subject is elsewhere) or a pronoun (the content would say nothing alone)."""


def agent_of_passive(text: str, attribution: Attribution, sentences: Sequence[Sentence]) -> Attribution:
    """The attribution turned round to the passive's agent, or as it is when it is no such passive."""
    a, b = attribution.cue
    cue = _PASSIVE_CUE.fullmatch(text, a, b)
    if cue is None or verb_lemma(cue.group("verb").lower()) not in STANCE_VERBS:
        return attribution
    agent = _AGENT.match(text, b)
    be_in_cue = re.match(_BE, text[a:b], re.I) is not None
    left_out = None if be_in_cue else _BE_LEFT_OUT.search(text, max(0, a - _BE_REACH), a)
    if agent is None or not be_in_cue and left_out is None:
        return attribution
    be_start = left_out.start() if left_out is not None else a
    start, end = agent.span("agent")
    if (run := _OF_RUN.match(text, end)) is not None and text[start].isupper():
        end = run.end()
    opening = next((s.start for s in sentences if s.start <= a < s.end), None)
    if opening is None:
        return attribution
    head = _OPENER.match(text, opening)
    subject_start = head.end() if head else opening
    words = text[subject_start:be_start].split()
    if (not words or len(words) > MAX_SUBJECT_WORDS or any(c in text[subject_start:be_start] for c in ",;:“”\"")
            or words[0].lower() in _NOT_SUBJECT
            or verb_lemma(cue.group("verb").lower()) in _GREETED and (people_noun(words[-1]) or words[-1][:1].isupper())):
        return attribution
    return dataclasses.replace(attribution, source=(start, end), cue=cue.span("verb"), content=(subject_start, subject_start + len(text[subject_start:be_start].rstrip())),
                               quote=False)


_BE_BEFORE = re.compile(r"(?:is|are|was|were|been|be)(?:\s+[a-z]+)?\s+$", re.I)


def turned_passive(text: str, attribution: Attribution) -> bool:
    """Whether the attribution is a passive ``agent_of_passive`` turned to its agent: its cue, a stance verb's
    participle after "be", is the agent's statement, though ``statements`` reads a cue after "was" as no one's."""
    a, b = attribution.cue
    return (attribution.source is not None and attribution.source[0] > b and attribution.content[1] <= a
            and verb_lemma(text[a:b].lower()) in STANCE_VERBS and _BE_BEFORE.search(text, max(0, a - 24), a) is not None
            and text[b : attribution.source[0]].split() == ["by"])
