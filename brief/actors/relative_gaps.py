"""A clause reported inside a relative clause has a gap: "the questions that Mr. X said the department could
not answer" says X said the department could not answer *them*; "the plan, which Y said the council would
approve by spring, has divided the town" the same of the plan. What the cue reports is about the noun before
the relative pronoun, so the words after the cue are no statement of their own (``clause_spans.object_gap``
drops them; a gap right after the cue, "the order that X plans to sign", is read there). Where the noun is a
time, a place, a manner or a reason ("on the day that X said he would retire") the clause after the cue is
whole, and where it takes a clause of its own ("the fact that X said ...") the "that" opens that clause."""

from __future__ import annotations

import re

from brief.actors.cues import lemma
from brief.actors.object_relatives import COMPLEMENT_NOUNS
from brief.actors.phrasing import is_noun, verb_lemma

ADJUNCT_NOUNS = frozenset(
    "day days time times moment week weeks month months year years night morning afternoon evening hour "
    "way reason place point extent".split())
"""Nouns a relative clause is about without a gap in the reported clause: "the day that X said he would
retire" (he would retire, that day), "the reason that X said he quit"."""
_DETERMINERS = frozenset(
    "the these those its his her their our your my many some several few any all other more most such both "
    "two three four five six unanswered".split())
"""Words before a plural that is also a verb's "-s" form ("questions", "plans") that show it is a noun:
"the questions that X said", not "he questions that X said"."""
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|at|by|under|through|with|for|from|of|to|after|before|during|"
                                 r"over|against|about|without|via)\s+$", re.I)
"""A preposition before the pronoun ("a deal under which X said the firm would pay"): the relative clause's
gap is that setting, and the reported clause is whole."""
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")


def noun_head(text: str, head: str, head_start: int) -> bool:
    """Whether the word before a relative "that" is a noun the clause is about: a dictionary noun that is
    not a verb form other than its base ("said that", "is that"), or a plural that is also a verb's "-s"
    form after a determiner ("the questions that")."""
    if not is_noun(head):
        return False
    base = verb_lemma(head)
    if base in (None, head.lower()):
        return True
    before = _WORD_BEFORE.search(text, max(0, head_start - 20), head_start)
    return (head.lower() in (f"{base}s", f"{base}es")
            and before is not None and before.group(1).lower() in _DETERMINERS)


_RESULT = re.compile(r"\b(?:so|such)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
"""A "so" or "such" a few words before the noun: its "that" opens a result ("such angry letters that X said the plan
would be dropped"), a whole clause."""


_SUBJECT_WORDS = frozenset(
    "the a an this that these those his her its their our my your he she it they we i you there some many no every "
    "each all".split())
"""Words that open a clause with its subject: the reported clause's gap is then past its subject (an object's)."""
_FIRST_WORD = re.compile(r"\s*[\"“]?([A-Za-z][\w'’-]*)")


def opens_with_subject(text: str, content_start: int) -> bool:
    """Whether the reported clause opens with a subject ("the department could not answer", "she cooks"), not
    with a verb whose subject is the noun before the pronoun ("notebooks that he says show he had ...": the
    subject's gap, left as it was read)."""
    first = _FIRST_WORD.match(text, content_start)
    if first is None:
        return False
    word = first.group(1)
    return word.lower() in _SUBJECT_WORDS or word[0].isupper() or verb_lemma(word) is None


def gapped_report(text: str, start: int, head: str | None) -> bool:
    """Whether a cue after a relative pronoun reports a clause with a gap (``start``: where "which"/"whom", or the
    noun ``head`` before a "that", opens; ``head`` None for "which"/"whom"): any noun but a time, place, manner or
    reason, one that takes a clause of its own or one after "so"/"such", and no preposition before "which"."""
    if head is None:
        return _PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is None
    if _RESULT.search(text, max(0, start - 40), start):
        return False
    return head.lower() not in ADJUNCT_NOUNS and lemma(head.lower()) not in COMPLEMENT_NOUNS  # held as lemmas


_PRONOUN_SOURCES = frozenset("he she they we i you".split())
"""Subjects of a relative clause with no pronoun of its own ("the statements he repeats at every rally"): a
pronoun is never a name's apposition, as "his wife Jane" or "the firm Deloitte" before a cue would be."""
TIME_NOUNS = ADJUNCT_NOUNS | frozenset(
    "second seconds minute minutes hours instant season summer winter spring autumn fall weekend decade era".split())
"""Nouns of time a clause may follow with no "when" ("the summer he said on television that ..."): no gap."""
_CLAUSE_BEFORE = frozenset("that and but or while because though although so yet whereas if when".split())
"""Words that may open the clause whose subject the noun is ("and the figures he cites in ..."); any other word
before the noun's determiner (a preposition, a verb: "reminded the crowd he warned in 2019 that ...") leaves
the clause as it was read."""
_NOUN_PHRASE = re.compile(r"\b(?:all\s+)?(?P<det>the|these|those|his|her|its|their|our|my|your|such)\s+"
                          r"(?:[a-z][\w'’-]*\s+){0,2}?(?P<head>[a-z][\w'’-]*)\s+$")
"""A noun phrase that ends right before the source: a determiner, up to two modifiers and the noun."""
_BEFORE_PHRASE = re.compile(r"(?:(?P<mark>[^\w\s'’])|\b(?P<word>[A-Za-z]+))\s*$")


def zero_relative(text: str, source: tuple[int, int], reach: int = 60) -> bool:
    """Whether a pronoun source opens a relative clause with no pronoun after a noun phrase: "the vile statements he
    repeats at every rally may hurt him most", "and the figures they cite in ... are disputed". The cue's object is
    that noun, so the words after it are no statement (``clause_spans.object_gap``). The phrase must open with
    a determiner at the start of its clause, its noun a noun (no time, place, manner or reason, and none that
    takes a clause of its own)."""
    if text[source[0] : source[1]].lower() not in _PRONOUN_SOURCES:
        return False
    phrase = _NOUN_PHRASE.search(text, max(0, source[0] - reach), source[0])
    if phrase is None:
        return False
    before = _BEFORE_PHRASE.search(text, max(0, phrase.start() - 30), phrase.start())
    if before is not None and before.group("word") is not None and before.group("word").lower() not in _CLAUSE_BEFORE:
        return False  # "reminded the crowd he warned in 2019 that ...", "at the rally he said": no relative clause
    head = phrase.group("head")
    if head in TIME_NOUNS or head in COMPLEMENT_NOUNS:
        return False
    return noun_head(text, head, phrase.start("head")) or (
        is_noun(head) and head.endswith("s") and verb_lemma(head) is not None)
