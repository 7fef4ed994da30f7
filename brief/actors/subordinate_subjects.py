"""The subject of a subordinate clause that a cue joined by "but"/"and" goes on: "Wall Street fell after
the Federal Reserve cut rates but signalled it would slow the pace of easing": the Fed signalled.

Why: a cue with no source after "and"/"but" shares a subject with the verb before it (``joined_past_cue``),
and the caller takes that subject to be whoever opens the sentence. When a subordinating word ("after",
"as", "because") opens a clause with a subject of its own between the opening and the cue, the cue is
that clause's second verb, so its subject is the clause's, not the main clause's ("Wall Street").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.attribution.document import Doc
from brief.actors.gazetteer import MONTHS_DAYS
from brief.actors.mentions import Mention
from brief.actors.source_words import ORG_NOUNS, TRADE_HEADS

_SUBORDINATORS = r"(?:after|before|when|as|since|because|while|whilst|although|though|once|until|even\s+as|even\s+though)"
_SUBORDINATE_OPENING = re.compile(rf"\b{_SUBORDINATORS}\s+(?:the\s+)?$", re.I)
"""The subordinating word right before the clause's subject, and its "the" ("after the Federal Reserve")."""
_CLAUSE_VERB = re.compile(r"\s+(?:[^\s,;:!?“”\"]+\s+){0,30}?(?:and|but)\s+(?:(?:also|then|later|still)\s+)?$")
"""From the clause's subject to the cue: its verb and what it did (no comma, no quotation: one clause), then
the "and"/"but" joining the cue."""
SUBORDINATOR_REACH = 20
"""Characters before a name read for its subordinating word: the longest ("even though the ") and a space."""


def subordinate_subject(text: str, cue_start: int, mentions: Sequence[Mention], sentence_start: int) -> Mention | None:
    """The person or body opening the last subordinate clause before the cue, whose verb the cue joins
    ("after the Federal Reserve cut rates by a quarter point but signalled"); None when no such clause
    stands between the sentence's opening and the cue."""
    for m in reversed([m for m in mentions if sentence_start <= m.start and m.end <= cue_start]):
        if m.demonym or m.kind not in ("person", "organization"):
            continue
        if not _SUBORDINATE_OPENING.search(text, max(sentence_start, m.start - SUBORDINATOR_REACH), m.start):
            continue
        return m if _CLAUSE_VERB.fullmatch(text, m.end, cue_start) else None
    return None


_CLAUSE_SUBORDINATORS = frozenset("after before when as since because while whilst although though once until unless "
                                  "whereas".split())
"""Words that open a clause whose subject comes right after them ("after Russia vetoed the text")."""


def clause_source(doc: Doc, c0: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The tagger's source, or the subject of the clause the cue is the first verb of: "The council failed to
    adopt a resolution, after Russia vetoed the text": a subordinating word, a capitalised name (maybe after
    "the") and the cue right after it, so the name is the cue's subject, whatever the tagger took from the
    main clause."""
    k = c0
    while k > 0 and doc.raw[k - 1][:1].isupper() and doc.sent[k - 1] == doc.sent[c0]:
        k -= 1
    if k == c0 or doc.words[c0 - 1] in MONTHS_DAYS or (src is not None and src[0] <= c0 - 1 < src[1]):
        return src
    opening = k - 1 if k > 0 and doc.words[k - 1] == "the" else k
    if opening == 0 or doc.words[opening - 1] not in _CLAUSE_SUBORDINATORS or doc.sent[opening - 1] != doc.sent[c0]:
        return src
    return (k, c0)


_DESCRIBED_SUBJECT = re.compile(rf"\b{_SUBORDINATORS}\s+(the\s+[a-z]+)(?=\s)", re.I)
"""A subordinate clause whose subject is a body described by one noun ("after the airline cut pay")."""
_DESCRIBED_BY_TRADE = re.compile(
    rf"\b{_SUBORDINATORS}\s+(the\s+[a-z-]+\s+(?:{'|'.join(sorted(ORG_NOUNS | TRADE_HEADS | {'maker'}))}))(?=\s)", re.I)
"""One whose subject is a body's noun after its trade ("after the entertainment company reported"), read first: the
trade alone ("the entertainment") is no body."""


def subordinate_span(text: str, cue_start: int, mentions: Sequence[Mention], sentence_start: int,
                     source_end: int | None = None) -> tuple[int, int] | None:
    """The subject of the subordinate clause the cue goes on ("The strike began after the airline cut pay but
    insisted ..."): a name (``subordinate_subject``) or a body described by one noun ("the airline"), which the
    caller resolves as any source; None when none stands between the ``source_end`` the model took (the main
    clause's subject, "The strike") and the cue."""
    lo = sentence_start if source_end is None else source_end
    named = subordinate_subject(text, cue_start, [m for m in mentions if m.start >= lo], sentence_start)
    if named is not None:
        return (named.start, named.end)
    for pattern in (_DESCRIBED_BY_TRADE, _DESCRIBED_SUBJECT):
        described = [d for d in pattern.finditer(text, lo, cue_start) if _CLAUSE_VERB.fullmatch(text, d.end(1), cue_start)]
        if described:
            return described[-1].span(1)
    return None


_FINITE = frozenset("is are was were has have had will would can could does did".split())
"""Finite verbs that close a subordinate clause's predicate ("while Ann Lee was governor") or open the main
clause's ("is now speaking out"): two of them between a name and its cue show two clauses."""


def outside_clause_source(doc: Doc, c0: int, src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The tagger's source, or None when it is the subject of a subordinate clause that ends before the cue's own
    verb: "The mother of a woman killed while Ann Lee was governor is now speaking out against him": "while" opens
    Ann Lee's clause, "was" is its verb, and "is" the main clause's, whose subject (the mother) is the speaker."""
    if src is None or src[0] == 0 or doc.words[src[0] - 1] not in _CLAUSE_SUBORDINATORS:
        return src
    if doc.sent[src[0] - 1] != doc.sent[c0] or src[1] > c0:
        return src
    k = src[0] + 1
    while k < c0 and doc.shapes[k] in ("Xx", "X"):
        k += 1  # past the name
    between = doc.words[k:c0]
    finite = [i for i, w in enumerate(between) if w in _FINITE]
    if any(w in (",", ";", ":") for w in between) or len(finite) < 2 or finite[-1] - finite[0] < 2:
        return src
    if not all(w in _ADVERBS or w.endswith("ly") for w in between[finite[-1] + 1 :]):
        return src  # "When Lee was asked if he would run he said": "would" is no auxiliary of the cue
    return None


_ADVERBS = frozenset("now still also already again not never then just even".split())
"""Words between the main clause's finite verb and its cue ("is now speaking out")."""
_FRONTING = r"(?:after|before|when|since|because|while|whilst|although|though|once|until|even\s+though)"
"""The subordinating words whose clause never reports a content before it: not "as" ("Prices will rise, as Ann
Lee told the board": her words)."""
_OPENED_SOURCE = re.compile(rf"(?:^|\b){_FRONTING}\s+(?:the\s+)?\S", re.I)
"""A source span the tagger began with the clause's subordinating word ("before Dana Pruitt")."""
_OPENED_BEFORE = re.compile(rf"\b{_FRONTING}\s+(?:the\s+)?$", re.I)


def without_subordinate_fronts(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions less those whose content is the sentence before the source's subordinate clause: "A
    search had been planned, miles away, before Hilton told authorities where to look, Cagle said": what was
    planned is the frame's (Cagle's) account, never what Hilton told; the clause before "before" is the main one."""
    out = []
    for a in attributions:
        if (a.source is not None and a.content[1] <= a.source[0]
                and (_OPENED_SOURCE.match(text, a.source[0]) is not None
                     or _OPENED_BEFORE.search(text, max(0, a.source[0] - SUBORDINATOR_REACH), a.source[0]) is not None)):
            continue
        out.append(a)
    return out
