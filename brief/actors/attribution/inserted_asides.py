"""Reported speech whose subject carries an aside: "Chavez said foreign envoys, including former Argentine President
Nestor Kirchner, who are in Colombia to help the mission should now return home".

Why: the content is cut at a comma that opens an aside (", including", ", who"), which after a finished clause is
the writer's addition ("12 people died, including two children"). Right after a saying verb, though, the words
before such a comma may be only the reported clause's subject ("foreign envoys"); its verb comes after the aside,
and the cut kept the subject alone and lost what was said. The aside is read through when the words before it
hold no verb and a modal ("should", "would", "will") comes later in the sentence: the reported clause's own verb.
"""

from __future__ import annotations

from brief.actors.attribution.document import QUOTES, Doc

_ASIDES = frozenset("including who particularly especially".split())
"""Words after a comma that open an aside about the noun before it."""
_SAYING = frozenset("say add insist claim argue warn announce state report confirm predict".split())
"""Lemmas of the cues whose content is a reported clause (a subject, then its verb). Not "tell", whose first noun
phrase is whom it was told to ("told these leaders, who were gathered ..., what he would do")."""
_SUBORDINATORS = frozenset("what that if whether when how why where because".split())
"""Words opening a clause inside the aside: a modal after one is that clause's, not the reported clause's."""
_MODALS = frozenset("should would will must could can may might".split())
"""The reported clause's verb as reported speech writes it: a modal (a past or present tense is no sure verb)."""
_CLOSERS = frozenset("although though while whereas but and".split())
"""Words after a comma that open another clause: the reported one ends before them."""
_VERBS = frozenset("is was are were has have had be been".split())


def past_inserted_aside(doc: Doc, c0: int, c1: int, a: int, cut: int, b: int) -> int:
    """Where content [a, b) ends when ``cut`` (the usual cut) falls at a comma opening an aside after the bare
    subject of a reported clause, and a modal comes later: before the next closing clause, ';', dash, or ``b``.
    Otherwise ``cut``."""
    if not (a < cut < b - 1 and doc.raw[cut] == "," and doc.words[cut + 1] in _ASIDES):
        return cut
    if not any(doc.lemmas[k] in _SAYING for k in range(c0, c1)):
        return cut
    if any(doc.words[k] in _VERBS or doc.words[k] in _MODALS or doc.raw[k] in QUOTES or doc.inq[k] for k in range(a, cut)):
        return cut  # "said 12 people died, including ...": a clause already, the aside the writer's
    for k in range(cut + 2, b):
        if doc.raw[k] in (";", "—", "–", ":") or doc.raw[k] in QUOTES or doc.inq[k]:
            return cut
        if doc.raw[k] == "," and k + 1 < b and doc.words[k + 1] in _CLOSERS or doc.words[k] in _SUBORDINATORS:
            return cut  # no verb of the reported clause before another clause opens
        if doc.words[k] in _MODALS:
            return next((j for j in range(k + 1, b) if doc.raw[j] in (";", "—", "–")
                         or (doc.raw[j] == "," and j + 1 < b and doc.words[j + 1] in _CLOSERS)), b)
    return cut
