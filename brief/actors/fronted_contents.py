"""What a speaker said in a fronted concessive clause ends where the main clause begins: "While U.S.
officials say the reactor is no risk, | Russia's decision calls into question why ...", "While Senator
Hale has argued that the tax is unfair, | most economists support it".

Why: the cue model reads on past the comma that closes the fronted clause, so the speaker is given the
writer's main clause (what someone else did or holds). A comma followed by a subject and its finite
verb starts that clause; a comma after which the verb comes first (", is safe"), a relative or a
conjunction (", which", ", and") or one closing a clause the content itself opened ("if talks fail,")
is still inside what was said.
"""

from __future__ import annotations

import dataclasses
import re

from brief.actors.attribution import Attribution
from brief.actors.content_ends import finite_word
from brief.actors.phrasing import verb_lemma
from brief.text.lexicon import DANGLING_WORDS

_FRONTED = re.compile(r"(?:(?:But|And|Yet)\s+)?(?:Though|Although|Even\s+though|While|Whilst|Whereas|Even\s+as)\s+")
"""A concessive opener at the sentence's start, before the source."""
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_COMMA = re.compile(r",\s+")
_STOP = re.compile(r"[,;:()—–]")
_CLAUSE_WORDS = frozenset("and but or nor so yet which who whom whose where when that while whereas as".split())
"""Words after a comma that go on with the same clause or add one to it, not the main clause."""
_INNER_OPENERS = frozenset("if unless when whenever once because since after before until although though as".split())
"""Subordinators inside the content whose own clause a comma closes ("said that if talks fail, the
country will leave")."""
SUBJECT_WORDS = 6
"""Words a main clause's subject may run to before its verb ("Russia's decision to supply the fuel")."""


def main_clause_after_fronted(text: str, attribution: Attribution, sentence_start: int) -> Attribution:
    """The attribution with its content ending at the comma that closes the fronted concessive clause
    its source and cue stand in; any other attribution as it is."""
    source, (start, end) = attribution.source, attribution.content
    if source is None or attribution.quote or not source[1] <= attribution.cue[0] < start:
        return attribution
    opener = _FRONTED.match(text, sentence_start)
    if opener is None or opener.end() != source[0] or '"' in text[start:end] or "“" in text[start:end]:
        return attribution
    inner = False
    for comma in _COMMA.finditer(text, start, end):
        before = [w.lower() for w in _WORD.findall(text, start, comma.start())]
        inner = inner or any(w in _INNER_OPENERS for w in before[1:])
        words = _WORD.findall(text, comma.end(), min(end, _next_stop(text, comma.end(), end)))[: SUBJECT_WORDS + 1]
        if len(before) < 2 or not words or words[0].lower() in _CLAUSE_WORDS or finite_word(words[0]):
            continue
        if inner:
            inner = False  # this comma closes the content's own clause
            continue
        verb = next((i for i, w in enumerate(words) if i and _verb_after_subject(words[i - 1], w)), 0)
        if verb and not _listed(words[:verb]):
            return dataclasses.replace(attribution, content=(start, comma.start()))
    return attribution


_NO_SUBJECT_END = DANGLING_WORDS | frozenset("its their his her our my your this that these those".split())
"""Words a subject does not end on: before them a verb form is an infinitive's or a noun's ("to supply",
"the fuel", "and fines")."""


def _listed(subject: list[str]) -> bool:
    """Whether the words before the verb go on with a list, not a subject ("taxes, | fees and fines
    rose"), or open on a verb ("the plan, drafted in May, | works well")."""
    first = subject[0].lower()
    return any(w.lower() in ("and", "or") for w in subject) or (
        first == subject[0] and verb_lemma(first) is not None)


def _verb_after_subject(before: str, word: str) -> bool:
    """Whether the word reads as the main clause's verb after the word before it: a finite form, or a
    verb's present or base form ("calls", "support") after a word that may end a subject."""
    if finite_word(word):
        return True
    return (verb_lemma(word.lower()) is not None and not word.lower().endswith("ing")
            and before.lower() not in _NO_SUBJECT_END and not before.lower().endswith("ly"))


def _next_stop(text: str, start: int, end: int) -> int:
    """Where the words after a comma stop: the next punctuation mark, or the content's end."""
    found = _STOP.search(text, start, end)
    return found.start() if found else end
