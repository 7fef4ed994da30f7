"""Attributions whose whole clause is what another attribution reports: "Tesco has recalled three
products, the Food Standards Agency said". The agency's statement holds Tesco's deed; read first, the
deed took the words and the agency's statement was dropped as overlapping it, so the statement went
under the wrong actor. ``outer_first`` orders each holder before the deeds it holds, so that
``brief.actors.extract`` lets a held deed give way when its holder gave a position (when its speaker
does not resolve, "Walmart rejected the offer, sources said", the deed stays with the one who did it).
Only a saying frame holds ("said", "told", "according to"), and only a clause with its own subject
is held. A held statement keeps its own speaker: in "the health office said it had ..., according to
Reuters" the outlet relays what the office said, and the position is the office's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import ACTION_VERBS, head_verb
from brief.actors.cues import CUE_GROUP, lemma

STATEMENT_FAMILIES = frozenset({"speech", "commit", "demand"})
"""Cue families (``cues.CUE_GROUP``) whose cue reports what its source said, promised, warned or asked
for ("warned them that ... and urged them to ..., our reporter said"): such a clause is its source's
statement even inside another's, which only relays it. Rejecting and praising are left out: "Walmart
rejected the offer, sources said" reports a decision taken, as "recalled" does; so are a plan, a want
and a belief: "Sri Lanka will seek a bailout, Finance Minister X said" and "Kenya hopes to join the bloc,
President X said" are what the minister and the president said (read first, the country's plan or hope
took the words and the one who spoke had no position)."""


DEED_SENSES = frozenset({"recall"})
"""Verbs of saying whose sense with a bare object is a deed: "recalled three products" (a product
recall, common in wire copy), not "recalled that he had ..." (a memory told)."""
_CLAUSE_OPENING = re.compile(r"\s*(?:that|how|when|what|whether|being|[“\"‘'])", re.I)
"""What opens a recollection told after "recalled", not a thing recalled from sale."""


def held_deed(text: str, attribution: Attribution) -> bool:
    """Whether a cue reports something done rather than said or thought: headed by a verb of doing
    (``cue_verbs.ACTION_VERBS``: "ordered") or one outside the families of statements ("has recalled"
    products, "rejected"); not a
    quotation's mark, a colon or "according to", which head no verb of their own."""
    cue = text[attribution.cue[0] : attribution.cue[1]]
    head = head_verb(cue)
    if head is None or lemma(head) == "accord":
        return False
    if lemma(head) in DEED_SENSES:
        return not _CLAUSE_OPENING.match(text, attribution.cue[1])
    return lemma(head) in ACTION_VERBS or CUE_GROUP.get(lemma(head)) not in STATEMENT_FAMILIES


def saying_frame(text: str, attribution: Attribution) -> bool:
    """Whether an attribution is a saying frame with a source: "the agency said", "X told reporters",
    "according to X". Not a cue of judging or doing ("..., decrying ...", "EVGA listed"), whose content
    the model may stretch over a clause that is no report of it."""
    if attribution.source is None:
        return False
    if ACCORDING.match(text, attribution.cue[0]):
        return True
    head = head_verb(text[attribution.cue[0] : attribution.cue[1]])
    return head is not None and CUE_GROUP.get(lemma(head)) == "speech"


ACCORDING = re.compile(r"according\s+to\b", re.I)
_SUBJECT_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word before a held cue the model gave no source: the clause's own subject ("The council of X on Tuesday
backed ..."); a cue opening the content has none."""
"""The frame "according to", which heads no verb of its own."""


def holds(text: str, outer: Attribution, inner: Attribution, sentence: tuple[int, int]) -> bool:
    """Whether ``inner``'s cue, source and content all lie inside ``outer``'s content within the
    sentence of both, and ``outer``'s cue outside it: the inner clause is what the outer one reports.
    The cue model's content may run on past its sentence ("X says ... . (Y says ...)"), which
    ``statements.in_its_sentence`` cuts later: a clause in the next sentence is no one's content."""
    start, end = max(outer.content[0], sentence[0]), min(outer.content[1], sentence[1])
    subject = inner.source or (start, inner.cue[0])  # "The council of X on Tuesday backed ...": a subject the model left out
    if not _SUBJECT_WORD.search(text, *subject):
        return False  # "warned them that ... and urged them to ...": a cue coordinated with the outer one
    parts = [inner.cue, inner.content, subject]
    return (outer is not inner and outer.sentence == inner.sentence
            and end - start > inner.content[1] - inner.content[0]
            and all(start <= a and b <= end for a, b in parts)
            and not outer.content[0] <= outer.cue[0] < outer.content[1])


def outer_first(text: str, found: Sequence[Attribution],
                sentences: Sequence[tuple[int, int]]) -> list[tuple[Attribution, tuple[Attribution, ...]]]:
    """The attributions in reading order, except that a deed held in others' contents comes right
    after the last of them; each with the attributions that hold it. ``sentences``: the article's
    sentence spans, which the attributions' ``sentence`` indexes."""
    frames = [o for o in found if saying_frame(text, o)]
    holders = [tuple(o for o in frames if 0 <= a.sentence < len(sentences) and holds(text, o, a, sentences[a.sentence]))
               if held_deed(text, a) else () for a in found]
    place = {id(a): k for k, a in enumerate(found)}

    def key(k: int) -> tuple[int, int, int]:
        last = max((place[id(o)] for o in holders[k]), default=k)
        return (max(last, k), int(last > k), k)

    return [(found[k], holders[k]) for k in sorted(range(len(found)), key=key)]
