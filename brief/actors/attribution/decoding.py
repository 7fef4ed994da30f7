"""Decoding: cue runs from the cue tagger, grown to PolNeAR's cue extent, and each cue's source run."""

from __future__ import annotations

from collections.abc import Callable

from brief.actors.attribution.document import Doc
from brief.actors.attribution.features import _DET, _SKIP, _Prefix, cue_scores, source_features, source_window
from brief.actors.attribution.source_scores import source_scorer
from brief.actors.attribution.weights import Model
from brief.text.lexicon import BE_FORMS, HAVE_FORMS

CUE_THRESHOLD = -1.5  # chosen on a validation part of PolNeAR train (recall was the weak side)


def gated(doc: Doc, i: int, prev: int, vocab: frozenset[str]) -> bool:
    """Whether token ``i`` is scored at all: a likely cue word or the successor of a cue token
    ("according to", "said in a statement"). Keeps the tagger fast; predecessors ("has said")
    are attached by ``grow_cue`` instead (scoring them cost 40% of the time for no F1)."""
    return prev == 1 or doc.lemmas[i] in vocab


def tag_cues(doc: Doc, model: Model) -> list[tuple[int, int]]:
    """Token ranges [c0, c1) of cues.

    Scores are worked out in numpy for many tokens at once, for either previous label: first the
    gate's words, then the token after each one that may be tagged a cue (either score above the
    threshold), and so on while such runs go on. The labels are then read left to right as one
    token at a time would be, and every token the gate passes has its scores.
    """
    vocab = model.cue_vocab
    lemmas, sent = doc.lemmas, doc.sent
    n = len(lemmas)
    scores: dict[int, tuple[float, float]] = {}
    batch = [i for i, lm in enumerate(lemmas) if lm in vocab]
    while batch:
        scores.update(zip(batch, cue_scores(doc, batch, model.cue)))
        batch = [i + 1 for i in batch if i + 1 < n and sent[i + 1] == sent[i] and i + 1 not in scores
                 and max(scores[i]) > CUE_THRESHOLD]
    labels = [0] * n
    prev = 0
    for i in range(n):
        if i and sent[i] != sent[i - 1]:
            prev = 0
        y = 1 if gated(doc, i, prev, vocab) and scores[i][prev] > CUE_THRESHOLD else 0
        labels[i] = y
        prev = y
    return runs(labels, doc)


def runs(labels: list[int], doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of positive labels within one internal sentence."""
    out: list[tuple[int, int]] = []
    start = -1
    for i, y in enumerate(labels + [0]):
        brk = y and start >= 0 and doc.sent[i] != doc.sent[start]
        if start >= 0 and (not y or brk):
            out.append((start, i))
            start = -1
        if y and start < 0:
            start = i
    return out


_BE_NOT = BE_FORMS | frozenset("not never did didn't didn’t does doesn't doesn’t don't don’t".split())
"""Words a participle cue takes in ("was quoted", "did not say"). Not all of ``DO_FORMS``: the
decoder was tuned without a bare "do" (python bench/attribution_polnear.py); adding it is a change to measure."""


def _participle(w: str) -> bool:
    """-ing / -ed / -en forms, which take a 'be' or negation into the cue."""
    return len(w) > 4 and w.endswith(("ing", "ed", "en", "wn"))


def report_span(doc: Doc, c0: int, c1: int) -> tuple[int, int]:
    """The cue as PolNeAR marks it: without a trailing "in a statement" / "in" / "at" (the
    longer run still steers content detection, which must skip those words)."""
    for k in range(c0 + 1, c1):
        if doc.words[k] in ("in", "at", "during") and not (k + 1 < c1 and doc.words[k + 1] in _STANCE_NOUNS):
            return c0, k
        if doc.words[k] == "on" and _medium_after(doc, k + 1):
            return c0, k  # "wrote on social media", "said on | Facebook": where it was said
    if doc.words[c1 - 1].lower() in _GOING and c1 + 1 < len(doc.words) and doc.words[c1] == "on" and doc.shapes[c1 + 1] != "x":
        return c0, c1 + 1  # “...,” she went on.: "went on" is the verb, "went" alone none
    return c0, c1


_GOING = frozenset("go goes went going".split())
"""Forms of "go", which reports speech only with "on" after it ("she went on", "he goes on"): that particle, before
a mark and not a word, is the cue's."""


MEDIA = frozenset("television tv radio air social media twitter x facebook instagram linkedin tiktok youtube telegram "
                  "bluesky threads podcast blog website weibo".split())
"""Nouns of a medium after "on" ("wrote on social media", "argued on television", "posted on X"): where the words
went out, no part of the cue, as "in a statement" is none (not "called on", "insisted on", whose object follows)."""
_MEDIUM_OPENERS = frozenset("his her its their a the".split())


def past_medium(doc: Doc, c1: int, ca: int, cb: int) -> int:
    """Where what was said opens when the cue ends on "on" and the content on its medium ("posted on | Twitter
    accusing ..."): after the medium, when a word in lower case follows it (not "his blog Think, Save, Retire", the
    medium's name); else at ``ca``."""
    if not (ca == c1 and doc.words[c1 - 1] == "on" and _medium_after(doc, ca)):
        return ca
    k = ca + 1 if doc.words[ca] in _MEDIUM_OPENERS else ca
    if k + 4 < cb and doc.raw[k + 1] == "," and doc.words[k + 2] == "formerly" and doc.raw[k + 4] == ",":
        k += 4  # "wrote on X, formerly Twitter, that ...": past the medium's old name
    return k + 1 if k + 2 < cb and doc.shapes[k + 1] == "x" else ca


def _medium_after(doc: Doc, k: int) -> bool:
    """Whether a medium (``MEDIA``) opens at ``k``, after an owner's word or an article at most ("on his blog")."""
    if k < len(doc.words) and doc.words[k] in _MEDIUM_OPENERS:
        k += 1
    return k < len(doc.words) and doc.words[k] in MEDIA and doc.sent[k] == doc.sent[k - 1]


_STANCE_NOUNS = frozenset("favor favour support defense defence opposition praise".split())
"""Nouns after "in" that say which side the cue took, so they stay in it: "commented in favor of", "testified in
support of" (the stance is half of what was said), unlike "said in a statement"."""


_AUX = HAVE_FORMS | frozenset("'ve also further later then again repeatedly publicly reportedly previously already".split())
_PREP = frozenset("on for to about of in with against".split())
_RETORT = "back"
"""A retort's particle before a colon, tagged as the cue alone with its verb left in the source ("Ms Reid snapped |
back: '...'"), as Australian and British papers write a leader's reply to reporters; the verb is the cue's. (Not
before a preposition: "hit | back | at X" is ``cue_edges.words_at_edges``'s.)"""


def _idle(doc: Doc, c0: int, c1: int) -> bool:
    """A run of only auxiliaries, adverbs and articles ("has", "also", "the") is not a cue: the
    tagger fired on the word before a cue but not on the cue itself."""
    return all(doc.words[k] in _SKIP or doc.words[k] in _DET or doc.words[k] == "an" for k in range(c0, c1))


def grow_cue(doc: Doc, c0: int, c1: int) -> tuple[int, int]:
    """Attach auxiliaries/adverbs ("has clearly stated") and the verb of a bare particle ("called on")."""
    retort = doc.words[c0] == _RETORT and c0 + 1 < len(doc.raw) and doc.raw[c0 + 1] == ":"
    if (doc.words[c0] in _PREP or retort) and c0 > 0 and doc.shapes[c0 - 1] == "x" and doc.sent[c0 - 1] == doc.sent[c0]:
        c0 -= 1
    for _ in range(3):
        k = c0 - 1
        if k < 0 or doc.sent[k] != doc.sent[c0]:
            break
        w = doc.words[k]
        if w in _AUX or (doc.shapes[k] == "x" and w.endswith("ly") and len(w) > 4 and w not in ("only", "early", "family")):
            c0 = k
        elif w in _BE_NOT and _participle(doc.words[c0]):
            c0 = k  # PolNeAR cues keep "is backing", "was never mentioned", "didn't disclose"
        else:
            break
    return c0, c1


def walk_source(
    doc: Doc,
    pre: _Prefix,
    c0: int,
    c1: int,
    score: Callable[[list[str]], float],
    gold: tuple[int, int] | None = None,
    update: Callable[[list[str], int, int], None] | None = None,
) -> list[tuple[int, int, float]]:
    """Walk outward from the cue on each side, tagging the first source run (greedy, stateful).

    Returns per side at most one run (start, end, mean score). With ``gold`` and ``update`` it
    trains: every decision is passed to ``update(features, gold_label, predicted_label)``.
    """

    def scored(j: int, state: str) -> float:
        feats = source_features(doc, pre, c0, c1, j, state)
        sc = score(feats)
        if update is not None:
            g = 1 if gold and gold[0] <= j < gold[1] else 0
            update(feats, g, 1 if sc > 0 else 0)
        return sc

    return walked(doc, c0, c1, scored)


def walked(doc: Doc, c0: int, c1: int, scored: Callable[[int, str], float]) -> list[tuple[int, int, float]]:
    """``walk_source``'s walk with ``scored(j, state)`` the score of token ``j`` in that state (the tagger
    reads it from ``source_scores``, the trainer from the feature strings it learns on)."""
    window = source_window(doc, c0, c1)
    found: list[tuple[int, int, float]] = []
    for side in ("L", "R"):
        order = range(c0 - 1, window.start - 1, -1) if side == "L" else range(c1, window.stop)
        state = "O"
        run: list[int] = []
        total = 0.0
        for j in order:
            sc = scored(j, state)
            if sc > 0:
                run.append(j)
                total += sc
                state = "I"
            elif state == "I":
                break
        if run:
            found.append((min(run), max(run) + 1, total / len(run)))
    return found


def tag_source(doc: Doc, pre: _Prefix, c0: int, c1: int, model: Model) -> tuple[int, int] | None:
    """Token range of the source of cue [c0, c1): of the runs left and right, the stronger."""
    runs_ = walked(doc, c0, c1, source_scorer(model.source).for_cue(doc, pre, c0, c1))
    if not runs_:
        return None
    a, b, _ = max(runs_, key=lambda r: r[2])
    while a < b and (doc.shapes[a] not in ("X", "Xx", "x", "d") or doc.words[a] in ("and", "but")):
        a += 1
    while b > a and doc.shapes[b - 1] not in ("X", "Xx", "x", "d") and doc.raw[b - 1] not in (")", "’", "'"):
        b -= 1
    # a run cut inside a name ("Henrik" of "Henrik Lund said ... and rejected") takes the rest of it
    while b < len(doc.words) and b < c0 and doc.shapes[b] in ("Xx", "X") and doc.shapes[b - 1] in ("Xx", "X"):
        if doc.sent[b] != doc.sent[a]:
            break
        b += 1
    # a run cut off after a determiner or preposition ("The" of "The union") takes the next word
    for _ in range(3):
        if b > a and doc.words[b - 1] in _DANGLING and b < len(doc.words) and not (c0 <= b < c1):
            if doc.shapes[b] in ("X", "Xx", "x", "d") and doc.sent[b] == doc.sent[a]:
                b += 1
                continue
        break
    return (a, b) if b > a else None


_DANGLING = frozenset("the a an his her their its our my your this that these those of for".split())
