"""Cues whose verb says how a thing looks, not what its subject says: "she seems to simply assume a
gentler tactic", "Americans tend to think of West Virginia as coal country", "they now seemed dated",
"he has appeared most comfortable sticking to ...". Verbs of raising (seem, appear, tend, happen) take
their subject from the clause after them: the writer judges the subject, who states nothing. The cue
model tags them from the belief family ("seem", "appear") or from their place before a "to".

The same verb keeps its cue when the verb after it is one of saying or stance ("appeared to suggest
that ...", "seems to agree with ..."): then the subject did speak, and the writer only hedges it. A verb
of believing after it keeps the cue with a clause of what is believed ("seemed to think the outreach was
phony", a PolNeAR attribution), not with a bare object or a preposition: "tend to think of X as Y" is the
writer's generalisation about a group, "seems to simply assume a gentler tactic" a deed.

Also cues of auxiliaries and adverbs alone, whose verb the cue model left out ("has seemingly | changed
policy", "have officially | proved to be a con", "has reportedly | sat through"): the verb after them
heads the clause, and a verb of no statement there makes no position (``empty_cue``).
"""

from __future__ import annotations

import re

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import SAYING_HEADS
from brief.actors.cues import CUE_GROUP, lemma
from brief.actors.phrasing import inflected_verb, is_noun, verb_lemma
from brief.text.lexicon import ADVERB_LY, AUXILIARY_VERBS

RAISING_VERBS: frozenset[str] = frozenset({"seem", "appear", "tend", "happen"})
"""Dictionary lemmas of the verbs of raising (the English grammars' closed class): their subject is the
subject of the clause after them, so it is judged, not heard."""

TO_RAISING_VERBS: frozenset[str] = frozenset({"prove"})
"""Lemmas that raise only before "to be" or "to have" ("has proved to be United's best signing": the writer's
judgement of the subject, who states nothing); with a "that" or an object they keep their own sense ("proved to
them that ...")."""
_TO_NEXT = re.compile(r"\s+to\s+(?:be|have)\b")

WORDS_READ = 6
"""Words read after the raising verb for the verb it raises: "to", an auxiliary ("to have") and an adverb
or two ("to simply assume") stand before it."""

_PASSED = AUXILIARY_VERBS | frozenset("to not never also still just now then even only".split())
"""Words passed over on the way to the raised verb ("seems to have left", "tend to still think")."""
_STANCE_FAMILIES = frozenset("speech against for demand commit want".split())
"""Cue families (``cues.CUE_GROUP``) whose verb after a raising verb is the subject's own statement or
stance ("appeared to suggest", "seems to reject"); belief is read apart (see the module's docstring)."""
CLAUSE_WORDS_READ = 8
"""Words after a verb of believing read for the verb of what is believed ("seemed to think the outreach to
black voters was phony"): a subject with a modifier or two."""
_WORD = re.compile(r"[\w'’-]+|[.!?;:]")
_STOPS = frozenset(".!?;:")
"""Marks that end the clause a raised verb or a belief is read in (one mark, ".", stands for them all)."""


def raised_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue's verb is a verb of raising and the verb it raises states nothing: "seems to have
    left behind a cellphone", "now seemed dated", "has appeared most comfortable"; or a passive of believing
    before "to" (``passive_raised``)."""
    cue = _WORD.findall(text[attribution.cue[0] : attribution.cue[1]].lower())
    if passive_raised(text, cue, attribution.cue[1]):
        return True
    at = max((i for i, w in enumerate(cue) if verb_lemma(w) in RAISING_VERBS), default=None)
    if at is None:
        raising_before_to = cue and verb_lemma(cue[-1]) in TO_RAISING_VERBS and _TO_NEXT.match(text, attribution.cue[1])
        if not raising_before_to:
            return False
        at = len(cue) - 1
    # a content before the cue too ("Where such signs were once novel, they now seemed dated"): what
    # follows the verb still says whether its subject spoke ("..., he seemed to say")
    return not _stated_after(cue[at + 1 :] + _WORD.findall(text[attribution.cue[1] : attribution.cue[1] + 120].lower()))


_PASSIVE_BELIEFS = frozenset("expected believed thought reported rumoured rumored understood supposed tipped".split())
"""Participles of believing and reporting whose passive before "to" raises its subject from the clause after it
("The Princess of Wales is also expected to attend", "he is understood to have resigned"): the expectation is
others', unnamed; the subject states nothing. Not "said" ("is said to have told aides that ...": second-hand,
but the subject's own words)."""
_TO_AFTER = re.compile(r"\s+to\s+[a-z]")


def passive_raised(text: str, cue: list[str], end: int) -> bool:
    """Whether the cue's words are a form of "be", adverbs, and a participle of ``_PASSIVE_BELIEFS``, with "to"
    and a verb right after it: "is also expected to attend", "was widely believed to be"."""
    if len(cue) < 2 or cue[0] not in _BE_FORMS or cue[-1] not in _PASSIVE_BELIEFS:
        return False
    if not all(w in _PASSED or ADVERB_LY.fullmatch(w) for w in cue[1:-1]):
        return False
    return _TO_AFTER.match(text, end) is not None


_BE_FORMS = frozenset("is are was were be been being 's".split())


def empty_cue(text: str, attribution: Attribution) -> bool:
    """Whether the cue is auxiliaries and adverbs alone ("has seemingly", "have officially") and the verb
    after it is no verb of saying or stance ("changed policy", "proved to be a con")."""
    cue = _WORD.findall(text[attribution.cue[0] : attribution.cue[1]].lower())
    if not cue or not any(w in AUXILIARY_VERBS for w in cue):
        return False
    if not all(w in _PASSED or w.endswith("n't") or ADVERB_LY.fullmatch(w) for w in cue):
        return False
    if attribution.content[0] < attribution.cue[0]:
        return False
    return not _stated_after(_WORD.findall(text[attribution.cue[1] : attribution.cue[1] + 120].lower()))


def _stated_after(words: list[str]) -> bool:
    """Whether the first verb among the next words, past "to", auxiliaries and adverbs, is one of saying
    or stance, a family's or one of ``cue_verbs.SAYING_HEADS`` ("has publicly expressed"), or of belief
    with a "that" or a finite verb after it before the sentence ends."""
    words = ["." if w in _STOPS else w for w in words]
    read = [w for w in words[:WORDS_READ] if w not in _PASSED and not ADVERB_LY.fullmatch(w)]
    if not read:
        return False
    group = CUE_GROUP.get(lemma(read[0]))
    if group in _STANCE_FAMILIES or lemma(read[0]) in SAYING_HEADS:
        return True
    if group != "belief":
        return False
    after = words[words.index(read[0]) + 1 :][:CLAUSE_WORDS_READ]
    after = after[: after.index(".")] if "." in after else after
    return after[:1] == ["that"] or any(w in AUXILIARY_VERBS or (inflected_verb(w) and not is_noun(w)) for w in after)
