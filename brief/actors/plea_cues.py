"""Verbs of pleading with someone to act, which the cue tagger leaves untagged wherever they stand: "Its managing
director, Dr. Ada Obi, appealed to both sides to put the national interest first", "the bishop begged the soldiers to
spare the village", "Senator Tinubu pleaded with the protesters to go home".

Why: the tagger learned calls from "urged" and "called on", which the news it was trained on uses far more; a plea is
the same call (an addressee and what they are asked to do), so it is a cue whoever speaks and wherever the verb
stands. The addressee and the "to" of the act asked for are what tell a plea from "appealed to the Supreme Court" (a
legal step), "appealed to young voters" (drew them) or "begged the question".
"""

from __future__ import annotations

from brief.actors.attribution.document import Doc
from brief.actors.cues import lemma
from brief.text.lexicon import HAVE_FORMS

PLEA_VERBS: dict[str, str | None] = {
    lemma("appeal"): "to",
    lemma("plead"): "with",
    lemma("implore"): None,
    lemma("beg"): None,
    lemma("beseech"): None,
    lemma("entreat"): None,
}
"""Verbs of a plea with the preposition, if any, that comes before whom they address ("appealed to", "pleaded with",
"begged" alone). Not "pressed" or "pushed", as often a hand's deed ("pressed the button to start")."""
MAX_ADDRESSEE_WORDS = 4
"""Words of whom a plea addresses before the "to" of the act asked for ("appealed to the teachers' union to")."""
_NOT_ACTS = frozenset("the a an his her its their this that these those my our your".split())
"""Words after "to" that open a place or a thing ("appealed to the court to the ...": no act asked for)."""
_NOUN_BEFORE = frozenset("the a an his her its their this that my our your".split())
"""Words before "appeal" or "plea" verbs' forms that make them nouns ("the appeal to voters to")."""


def plea_cues(doc: Doc, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cue spans of the untagged pleas in ``doc``: the verb (its perfect's auxiliary first) and the preposition of
    whom it addresses, when an addressee and "to" with the act asked for follow. Not inside a quotation, whose
    speaker tells of another's plea ("They begged us to take them")."""
    tagged = {k for c0, c1 in cues for k in range(c0, c1)}
    found: list[tuple[int, int]] = []
    for s0, s1 in doc.sent_bounds:
        for verb in range(s0, s1 - 3):
            if verb in tagged or doc.lemmas[verb] not in PLEA_VERBS or doc.shapes[verb] != "x" or doc.inq[verb]:
                continue
            if verb > s0 and doc.words[verb - 1] in _NOUN_BEFORE:
                continue
            end = _addressed_act(doc, verb, s1)
            if end:
                # a perfect's auxiliary right before the verb belongs to the cue ("has appealed to"), as the tagger gives it
                start = verb - 1 if verb > s0 and doc.words[verb - 1] in HAVE_FORMS else verb
                found.append((start, end))
    return found


def _addressed_act(doc: Doc, verb: int, s1: int) -> int:
    """The end of the cue when an addressee and "to" with an act follow ``verb`` ("to both sides to put", "the soldiers
    to spare", "to both sides to \u201cput"), else 0."""
    preposition = PLEA_VERBS[doc.lemmas[verb]]
    end = verb + 1
    if preposition is not None:
        if doc.words[end] != preposition:
            return 0
        end += 1
    if doc.words[end] == "to":
        return 0  # "begged to differ": no addressee
    for k in range(end + 1, min(s1 - 1, end + 1 + MAX_ADDRESSEE_WORDS)):
        if doc.raw[k] in (",", ";", ":", "(", "—", "–"):
            return 0
        if doc.words[k] == "to":
            after = k + 1
            if doc.qopen[after] and after + 1 < s1:
                after += 1  # to \u201cput the national interest first\u201d
            return end if doc.shapes[after] == "x" and doc.words[after] not in _NOT_ACTS else 0
    return 0
