"""What was said, when the cue stands inside the sentence's subject: "Saban calling agents “pimps” is the epitome
of ...", "NASA's Monday announcement to expand the pool of bidders, increased the total to 14".

Why: the cue model runs a content to the sentence's end, and a gerund or a noun of saying that opens the
sentence has the writer's main predicate after its words ("is the epitome of hypocrisy", "increased the total"),
which then read as said ("Saban: agents are pimps is the epitome ..."). With nothing but the subject before the
cue (no verb, no comma), the first main-clause verb after the content's words ends them: a copula after a naming
verb's object and complement ("calling X Y is"), or a comma and a finite verb after a noun of saying's clause. A cue in a "that" clause that complements the subject's noun ("Widespread
stories, instigated by Ann, that she feared a plot would be hatched, have been put down to ...") ends the same way:
at the comma and finite verb that resume the sentence after the complement (``complement_content``).
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.phrasing import is_noun, verb_lemma

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NAMING = frozenset("call label brand dub term".split())
"""Verbs that name their object ("calling agents pimps"): object and complement hold no verb, so the first
copula after them is the main clause's."""
_COPULA = re.compile(r"\s+(?:is|was|are|were|remains|remained|seems|seemed)\b")
_COMMA_VERB = re.compile(r",\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
"""A comma and a lower-case verb with no subject of its own: the main predicate after a subject noun phrase."""
_MARKS = re.compile("[,;:()“”\"—–]")


def subject_cue_content(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The content cut where the sentence's main predicate begins, when the cue is a gerund of naming or a noun
    of saying inside the sentence's subject (see the module's docstring); unchanged otherwise."""
    attribution = complement_content(text, attribution, sentence_start)
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1] or not sentence_start <= attribution.cue[0]:
        return attribution
    before = text[sentence_start : attribution.cue[0]]
    marks = list(_MARKS.finditer(before))
    if marks and (marks[-1].group() != "," or any(finite_word(w) for w in _WORD.findall(before[: marks[-1].start()]))):
        return attribution  # "“...,” she said, calling ...": a clause of its own before; "Closer to home, NASA's ...": a setting
    before = before[marks[-1].end() :] if marks else before
    if marks and not before.strip():
        return attribution  # "Its leader, Joan Pryce, notes that ...": right after an apposition's comma, the verb
    if any(finite_word(w) for w in _WORD.findall(before)):
        return attribution  # "He was seen calling ...": the cue is not in the subject
    words = text[attribution.cue[0] : attribution.cue[1]].split()
    last = words[-1].lower() if words else ""
    if last.endswith("ing") and verb_lemma(last) in _NAMING:
        stop = _COPULA.search(text, start, end)
    elif len(words) == 1 and is_noun(last) and not finite_word(last) and not last.endswith("ing") and not _verb_after_name(before, last):
        stop = next((m for m in _COMMA_VERB.finditer(text, start, end) if finite_word(m.group("verb"))
                     and not _quotation_open(text[start : m.start()])), None)
    else:
        return attribution
    if stop is None or stop.start() <= start or _quotation_open(text[start : stop.start()]):
        return attribution
    return dataclasses.replace(attribution, content=(start, stop.start()))


_DETERMINED = re.compile(r"(?:['’]s|s['’]|\b(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those))\s+(?:\S+\s+)?$",
                         re.I)
"""A determiner or a possessive before the cue (at most one word between): "NASA's Monday announcement" is a noun."""


def _verb_after_name(before: str, word: str) -> bool:
    """ "Ashcroft counters that ...": a verb's -s form after a bare name or pronoun, no noun with a determiner."""
    base = verb_lemma(word)
    return word.endswith("s") and base is not None and base != word and not _DETERMINED.search(before)


def _quotation_open(span: str) -> bool:
    return span.count("“") != span.count("”") or span.count('"') % 2 == 1


_COMPLEMENT = re.compile(r"(?:^|,\s+|\s)that\s+(?:[\w'’-]+\s+){1,3}$")
"""A "that" and the subject of its clause right before the cue ("..., that she feared", "that the minister knew")."""


def complement_content(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """ "Widespread stories, instigated by Ann, that she feared a plot would be hatched, have been put down to her
    anxious state": the cue is in a "that" clause complementing the noun that opens the sentence (no verb in the
    sentence's first stretch to its first comma, or to "that"); its content ends at the first comma when a finite
    verb with no subject follows it ("have been put down"), the sentence's main predicate, unless an aside opened
    inside the content before ("the plan, which was approved in May, is dead": the content's own verb resumes).
    Any other attribution is returned as it is."""
    start, end = attribution.content
    if attribution.quote or start < attribution.cue[1] or not sentence_start <= attribution.cue[0]:
        return attribution
    before = text[sentence_start : attribution.cue[0]]
    that = _COMPLEMENT.search(before)
    if that is None or any(finite_word(w) for w in _WORD.findall(before[that.start() :].split("that", 1)[1])):
        return attribution
    opening = before[: that.start()].split(",", 1)[0]
    if not _WORD.search(opening) or any(finite_word(w) for w in _WORD.findall(opening)):
        return attribution  # "He said that she feared ...": a reporting clause of its own, no noun's complement
    stop = next((m for m in _COMMA_VERB.finditer(text, start, end) if finite_word(m.group("verb"))), None)
    if (stop is None or "," in text[start : stop.start()] or _quotation_open(text[start : stop.start()])
            or not any(finite_word(w) for w in _WORD.findall(text, start, stop.start()))):
        return attribution
    return dataclasses.replace(attribution, content=(start, stop.start()))
