"""Cues that report nothing said: a saying not yet done ("Relatives have yet to tell him that ...", "has not yet
said whether ...", an answer someone is told they owe: "should say whether he is interested") and a name a group
gave itself ("Google's employees — Googlers, they called themselves —").

Why: the cue model tags "tell" and "said" after "have yet to" and "has not yet" as it does after "have"; but
what is yet to be told is the writer's fact, which no one has stated (fresh40's sample judged it a deed). A
refusal stays ("declined to say when", which the position gold counts as said). "Call" with a reflexive and
nothing after it is a naming aside, and the model hands it the clause around the aside; "called the win a
triumph" names a judgement and stays. So is "call" whose object is a relative pronoun before its subject, when
a quoted term and the noun it labels follow ("the ability to take what Apple is calling “spatial” photos ...
wasn't enabled"): the term is the name a product's feature goes by, and the clause goes on with the writer's
sentence (fresh44's sample judged it wrong). A quoted term alone is not read so: "what he calls “fake news”"
judges the thing, which is a stance (a held-out actor gold counts one).
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.phrasing import is_noun, verb_lemma

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NOT_YET = re.compile(r"\b(?:yet\s+to|not\s+yet|n[o']t\s+yet|never\s+yet)\s+(?:[\w'’-]+\s+)?$", re.I)
"""What makes a cue's verb a saying still to come: "have yet to tell", "has not yet said", "hasn't yet told"
(one word may sit between, "has yet to publicly say")."""
_OWED = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|ha(?:s|ve)\s+to)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
"""A saying someone is told they owe ("Shearer should come out and say", "the minister must tell"), up to three
words between ("should come out and say")."""
_OPEN_QUESTION = re.compile(r"\s+(?:whether|if)\b", re.I)
"""An open question after the cue: what is owed is an answer no one gave ("say whether he is interested")."""
_REFLEXIVE_ASIDE = re.compile(r"\s+(?:themselves|himself|herself|itself|ourselves|myself|yourself|yourselves)"
                              r"\s*(?=[,.;:!?)\]—–]|-\s|$)", re.I)
"""A reflexive that ends the clause after "call" ("Googlers, they called themselves —", "as it calls itself,")."""

_RELATIVE_OBJECT = re.compile(r"\b(?:what|which)\s+(?:[\w'’.-]+\s+){1,4}$", re.I)
"""A relative pronoun, then the cue's subject (up to four words: "what the new company"), right before the cue."""
_NAMING_VERBS = frozenset("call dub term nickname".split())
"""Verbs that give a thing its name when their object is the relative pronoun before them."""
_LABELLED_NOUN = re.compile(r"\s*[\"“‘'](?:[\w-]+\s?){1,3}[\"”’']\s+([a-z]+)\b(?!\s*[,.;:!?])")
"""A quoted term of one to three words, then a lower-case noun it labels, the clause going on ("“spatial” photos
and videos through ..."): the term names a kind of thing."""


def named_by_relative(text: str, attribution: Attribution) -> bool:
    """ "the ability to take what Apple is calling “spatial” photos wasn't enabled": "call" with no particle after
    ("calls for", "called on" ask for something), "what" or "which" as its object and a quoted term labelling a
    noun after it names a kind of thing, nothing stated."""
    start, end = attribution.cue
    words = _WORD.findall(text, start, end)
    if not words or verb_lemma(words[-1].lower()) not in _NAMING_VERBS:
        return False
    labelled = _LABELLED_NOUN.match(text, end)
    return (labelled is not None and is_noun(labelled.group(1))
            and _RELATIVE_OBJECT.search(text, max(0, start - 60), start) is not None)


def not_yet_said(text: str, attribution: Attribution) -> bool:
    """ "Relatives have yet to tell the boy that ...", "The line has not yet said whether ...", "He should come out
    and say whether he is interested": the saying has not happened, so there is no position (in a quotation too:
    the words are the writer's)."""
    start, end = attribution.cue
    words = _WORD.findall(text, start, end)
    if not words:
        return False
    last = _last_word_at(text[start:end], words[-1])
    before = text[max(0, start - 40) : start + (last if last is not None else end - start)]
    return _NOT_YET.search(before) is not None or (_OWED.search(before) is not None
                                                  and _OPEN_QUESTION.match(text, end) is not None)


def _last_word_at(segment: str, word: str) -> int | None:
    r"""Where ``word`` first stands in ``segment`` with nothing but non-word characters after it: what
    ``re.search(re.escape(word) + r"\W*$", segment)`` finds, without a pattern compiled for each cue's last
    word (hundreds of distinct ones per pile, each pushing others out of ``re``'s cache of 512)."""
    tail = len(segment)  # where the closing run of non-word characters (``\W``: not alphanumeric, not "_") starts
    while tail and not (segment[tail - 1].isalnum() or segment[tail - 1] == "_"):
        tail -= 1
    for at in range(max(0, tail - len(word)), len(segment) - len(word) + 1):
        if segment.startswith(word, at):
            return at
    return None


def named_themselves(text: str, attribution: Attribution) -> bool:
    """ "the rest of Google's employees — Googlers, they called themselves — played roller hockey": "call" with a
    reflexive that ends its clause names the group, nothing stated; not in a quotation's frame (" "A fraud," he
    called himself." is said)."""
    words = _WORD.findall(text, *attribution.cue)
    if not words or verb_lemma(words[-1].lower()) != "call" or attribution.quote:
        return False
    return _REFLEXIVE_ASIDE.match(text, attribution.cue[1]) is not None
