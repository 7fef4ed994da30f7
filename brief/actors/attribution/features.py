"""Features of the two perceptrons: the cue tagger's per token, the source tagger's per token near a cue.

Feature strings are the model's vocabulary: changing one changes what the shipped weights mean,
so ``tools/train_attribution.py`` must be re-run (and reproduce the shipped file) after any edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import accumulate

import numpy as np

from brief.actors.attribution.document import Doc
from brief.actors.attribution.hashing import KeyTable, Templates, ordered_sums, part, part_columns
from brief.actors.cues import CUE_GROUP, PRONOUNS, SEED_CUES, lemma
from brief.text.lexicon import AUXILIARY_VERBS


def _window(doc: Doc, i: int) -> tuple[str, str, str, str]:
    """The two words before and after token ``i`` in its sentence, "<s>" / "</s>" past its edges."""
    n, sid = len(doc.words), doc.sent[i]
    return (doc.words[i - 1] if i > 0 and doc.sent[i - 1] == sid else "<s>",
            doc.words[i - 2] if i > 1 and doc.sent[i - 2] == sid else "<s>",
            doc.words[i + 1] if i + 1 < n and doc.sent[i + 1] == sid else "</s>",
            doc.words[i + 2] if i + 2 < n and doc.sent[i + 2] == sid else "</s>")


def cue_features(doc: Doc, i: int, prev: int) -> list[str]:
    """Features of token ``i`` for the cue tagger; ``prev`` is the previous token's label (0/1)."""
    view = _view(doc)
    w, lm, sh = doc.words[i], doc.lemmas[i], doc.shapes[i]
    sid = doc.sent[i]
    wm1, wm2, wp1, wp2 = _window(doc, i)
    shm1 = doc.shapes[i - 1] if wm1 != "<s>" else "<s>"
    shp1 = doc.shapes[i + 1] if wp1 != "</s>" else "</s>"
    lm1 = doc.lemmas[i - 1] if wm1 != "<s>" else "<s>"
    lp1 = doc.lemmas[i + 1] if wp1 != "</s>" else "</s>"
    s0, s1 = doc.sent_bounds[sid]
    q = "Q" if doc.inq[i] else ("q" if view.quoted[sid] else "-")
    l1, l2, lw = _context(doc, view, i, -1, s0, s1)
    r1, r2, rw = _context(doc, view, i, 1, s0, s1)
    grp = CUE_GROUP.get(lm, "-")
    return [
        "b",
        "w=" + w,
        "l=" + lm,
        "sh=" + sh,
        "l|sh=" + lm + "|" + sh,
        "w-1=" + wm1,
        "w-2=" + wm2,
        "w+1=" + wp1,
        "w+2=" + wp2,
        "l-1|l=" + lm1 + "|" + lm,
        "l|l+1=" + lm + "|" + lp1,
        "w-1|w|w+1=" + wm1 + "|" + w + "|" + wp1,
        "sh-1|l=" + shm1 + "|" + lm,
        "l|sh+1=" + lm + "|" + shp1,
        "sh-1|sh|sh+1=" + shm1 + sh + shp1,
        "q=" + q,
        "q|l=" + q + "|" + lm,
        "p=" + str(prev),
        "p|l=" + str(prev) + "|" + lm,
        "p|w-1|l=" + str(prev) + "|" + wm1 + "|" + lm,
        "first=" + str(i == s0) + "|" + lm,
        "suf=" + w[-3:],
        "pos|l=" + _bucket(i - s0) + "|" + lm,
        "caps|l=" + str(view.caps_before[i]) + "|" + lm,
        "qd|l=" + _quote_dist(doc, i, s0, s1) + "|" + lm,
        "seed|sh-1|w+1=" + str(lm in _SEED) + "|" + shm1 + "|" + wp1,
        "seed|p=" + str(lm in _SEED) + str(prev),
        "L|l=" + l1 + "|" + lm,
        "L2|l=" + l1 + l2 + "|" + lm,
        "R|l=" + r1 + "|" + lm,
        "R2|l=" + r1 + r2 + "|" + lm,
        "L|R=" + l1 + "|" + r1,
        "L2|R2=" + l1 + l2 + "|" + r1 + r2,
        "L|R|l=" + l1 + "|" + r1 + "|" + lm,
        "L|R|suf=" + l1 + "|" + r1 + "|" + w[-2:],
        "L2|sh=" + l1 + l2 + "|" + sh,
        "l|l+1|l+2=" + lm + "|" + lp1 + "|" + (doc.lemmas[i + 2] if wp2 != "</s>" else "</s>"),
        "l-2|l-1|l=" + (doc.lemmas[i - 2] if wm2 != "<s>" else "<s>") + "|" + lm1 + "|" + lm,
        "Lw|l=" + lw + "|" + lm,
        "Rw|l=" + rw + "|" + lm,
        "g|L|R=" + grp + "|" + l1 + "|" + r1,
        "g|L2=" + grp + "|" + l1 + l2,
        "g|R2=" + grp + "|" + r1 + r2,
        "g|q|p=" + grp + "|" + q + str(prev),
        "g|Rw=" + grp + "|" + rw,
    ]


def cue_parts(doc: Doc, i: int) -> list[str]:
    """The strings ``cue_features`` builds token ``i``'s features from, in ``CUE_TEMPLATES``' column order
    (the previous label left out: ``cue_rows`` adds it)."""
    view = _view(doc)
    w, lm, sh = doc.words[i], doc.lemmas[i], doc.shapes[i]
    sid = doc.sent[i]
    wm1, wm2, wp1, wp2 = _window(doc, i)
    s0, s1 = doc.sent_bounds[sid]
    l1, l2, lw = _context(doc, view, i, -1, s0, s1)
    r1, r2, rw = _context(doc, view, i, 1, s0, s1)
    return [
        w, lm, sh, wm1, wm2, wp1, wp2,
        doc.shapes[i - 1] if wm1 != "<s>" else "<s>",
        doc.shapes[i + 1] if wp1 != "</s>" else "</s>",
        doc.lemmas[i - 1] if wm1 != "<s>" else "<s>",
        doc.lemmas[i + 1] if wp1 != "</s>" else "</s>",
        "Q" if doc.inq[i] else ("q" if view.quoted[sid] else "-"),
        str(i == s0), w[-3:], _bucket(i - s0), str(view.caps_before[i]), _quote_dist(doc, i, s0, s1),
        str(lm in _SEED), l1, l2, lw, r1, r2, rw, w[-2:],
        doc.lemmas[i + 2] if wp2 != "</s>" else "</s>",
        doc.lemmas[i - 2] if wm2 != "<s>" else "<s>",
        CUE_GROUP.get(lm, "-"),
    ]


def cue_scores(doc: Doc, tokens: list[int], table: KeyTable) -> list[tuple[float, float]]:
    """Each token's cue score after a token labelled 0, and after one labelled 1: the sums of
    ``cue_features``' weights, from their keys (``CUE_TEMPLATES``) rather than their strings."""
    hashes, powers = part_columns([cue_parts(doc, i) + ["0"] for i in tokens])
    after_0 = table.lookup(CUE_TEMPLATES.keys(hashes, powers))
    hashes[_PREV], powers[_PREV] = part("1")
    after_1 = after_0.copy()
    after_1[_PREV_FEATURES] = table.lookup(CUE_TEMPLATES.keys(hashes, powers, _PREV_FEATURES))
    return list(zip(ordered_sums(after_0).tolist(), ordered_sums(after_1).tolist()))


(_W, _L, _SH, _WM1, _WM2, _WP1, _WP2, _SHM1, _SHP1, _LM1, _LP1, _Q, _FIRST, _SUF3, _POS, _CAPS, _QD, _SEEDED,
 _L1, _L2, _LW, _R1, _R2, _RW, _SUF2, _LP2, _LM2, _GRP, _PREV) = range(29)
CUE_TEMPLATES = Templates([
    ("b",), ("w=", _W), ("l=", _L), ("sh=", _SH), ("l|sh=", _L, "|", _SH), ("w-1=", _WM1), ("w-2=", _WM2),
    ("w+1=", _WP1), ("w+2=", _WP2), ("l-1|l=", _LM1, "|", _L), ("l|l+1=", _L, "|", _LP1),
    ("w-1|w|w+1=", _WM1, "|", _W, "|", _WP1), ("sh-1|l=", _SHM1, "|", _L), ("l|sh+1=", _L, "|", _SHP1),
    ("sh-1|sh|sh+1=", _SHM1, _SH, _SHP1), ("q=", _Q), ("q|l=", _Q, "|", _L), ("p=", _PREV), ("p|l=", _PREV, "|", _L),
    ("p|w-1|l=", _PREV, "|", _WM1, "|", _L), ("first=", _FIRST, "|", _L), ("suf=", _SUF3), ("pos|l=", _POS, "|", _L),
    ("caps|l=", _CAPS, "|", _L), ("qd|l=", _QD, "|", _L), ("seed|sh-1|w+1=", _SEEDED, "|", _SHM1, "|", _WP1),
    ("seed|p=", _SEEDED, _PREV), ("L|l=", _L1, "|", _L), ("L2|l=", _L1, _L2, "|", _L), ("R|l=", _R1, "|", _L),
    ("R2|l=", _R1, _R2, "|", _L), ("L|R=", _L1, "|", _R1), ("L2|R2=", _L1, _L2, "|", _R1, _R2),
    ("L|R|l=", _L1, "|", _R1, "|", _L), ("L|R|suf=", _L1, "|", _R1, "|", _SUF2), ("L2|sh=", _L1, _L2, "|", _SH),
    ("l|l+1|l+2=", _L, "|", _LP1, "|", _LP2), ("l-2|l-1|l=", _LM2, "|", _LM1, "|", _L), ("Lw|l=", _LW, "|", _L),
    ("Rw|l=", _RW, "|", _L), ("g|L|R=", _GRP, "|", _L1, "|", _R1), ("g|L2=", _GRP, "|", _L1, _L2),
    ("g|R2=", _GRP, "|", _R1, _R2), ("g|q|p=", _GRP, "|", _Q, _PREV), ("g|Rw=", _GRP, "|", _RW),
], _PREV + 1)
"""``cue_features``' strings, template by template in the same order, as pieces: the same keys
(``hashing``) without the strings. ``test_cue_keys_are_the_feature_strings_keys`` pins the two together."""
_PREV_FEATURES = np.array([17, 18, 19, 26, 43])
"""The templates that read the previous label (the rest are the same either way)."""


_SEED = frozenset(lemma(w) for w in SEED_CUES)
_SKIP = AUXILIARY_VERBS | frozenset(
    "'ve 's not n't never also still just even then again already now later first further repeatedly".split()
)
"""Auxiliaries, negations and adverbs that sit between a cue and its source (class "A"). The
shipped weights depend on this set's content (python tools/check_trainers.py)."""
_DET = frozenset("the a an his her their its our my your this these those some many all both".split())
_PRON = frozenset("he she they i we you it who".split())


def _cls(doc: Doc, k: int) -> str:
    """Part-of-speech-like class of token ``k`` (no tagger: words, shape and suffix)."""
    w = doc.words[k]
    if doc.qopen[k]:
        return "Qo"
    if doc.qclose[k]:
        return "Qc"
    if w in _PRON:
        return "P"
    if w == "that" or w == "to":
        return w
    if w in _DET:
        return "D"
    if w in _SKIP:
        return "A"
    sh = doc.shapes[k]
    if sh == "Xx" or sh == "X":
        return "N"
    if sh == "x":
        if w.endswith("ly") and len(w) > 4:
            return "R"
        if w.endswith("ing") and len(w) > 4:
            return "G"
        if w.endswith("ed") and len(w) > 3:
            return "E"
        if w in _PREPS:
            return "I"
        return "x"
    return sh


_PREPS = frozenset("on for about of in with against at by from into over after before as like".split())


def _context(doc: Doc, view: _View, i: int, step: int, s0: int, s1: int) -> tuple[str, str, str]:
    """Classes of the first two tokens beside ``i`` (towards ``step``), skipping auxiliaries and
    adverbs: a rough stand-in for 'what is the subject / complement of this word'."""
    out: list[str] = []
    k = i + step
    skipped = 0
    first = "|"
    classes = view.classes
    while s0 <= k < s1 and len(out) < 2:
        c = classes[k]
        if c is None:
            c = classes[k] = _cls(doc, k)
        if not out and skipped < 3 and (c == "A" or c == "R"):
            skipped += 1
        else:
            if not out:
                first = doc.lemmas[k]
            out.append(c)
        k += step
    while len(out) < 2:
        out.append("|")
    return out[0], out[1], first


_CAPS_SHAPES = frozenset(("X", "Xx", "-", "."))
"""Shapes of a headline-like run (capitalised words, dashes, points): the "caps" feature asks
whether only these come before the token in its sentence."""


@dataclass
class _View:
    """What the cue features read of a whole document, worked out once per document instead of
    once per scored token (they scanned the sentence for quote marks and capitals each time)."""

    doc: Doc
    quoted: list[bool]
    """Per internal sentence: whether it holds a quote mark."""
    caps_before: list[bool]
    """Per token: whether every token before it in its sentence has a shape in ``_CAPS_SHAPES``."""
    classes: list[str | None]
    """Per token: its ``_cls``, filled in as the features ask for it."""
    closes: list[int]
    """Closing quote marks before each token (and in all: n + 1 entries), for ``_quote_dist``."""
    opens: list[int]
    """Opening quote marks before each token, likewise."""


_VIEWS: list[_View] = []
"""The last document's view (a one-entry cache: a document's tokens are scored one after another)."""


def _view(doc: Doc) -> _View:
    """``doc``'s view, built on its first scored token."""
    views = _VIEWS
    last = views[-1] if views else None  # one read: another thread may replace it, never half-built
    if last is not None and last.doc is doc:
        return last
    n = len(doc.words)
    marks = [a or b for a, b in zip(doc.qopen, doc.qclose)]
    quoted = [any(marks[a:b]) for a, b in doc.sent_bounds]
    caps_before = [True] * n
    for a, b in doc.sent_bounds:
        run = True
        for k in range(a, b):
            caps_before[k] = run
            run = run and doc.shapes[k] in _CAPS_SHAPES
    view = _View(doc, quoted, caps_before, [None] * n, [0, *accumulate(doc.qclose)], [0, *accumulate(doc.qopen)])
    views[:] = [view]
    return view


def _quote_dist(doc: Doc, i: int, s0: int, s1: int) -> str:
    """Where the nearest quote marks are: just before / just after the token (within 3 tokens)."""
    view = _view(doc)
    before = view.closes[i] > view.closes[max(s0, i - 3)]
    after = view.opens[max(i + 1, min(s1, i + 4))] > view.opens[i + 1]
    return ("B" if before else "-") + ("A" if after else "-")


def _bucket(d: int) -> str:
    if d <= 4:
        return str(d)
    if d <= 6:
        return "5-6"
    if d <= 9:
        return "7-9"
    if d <= 14:
        return "10-14"
    return "15+"


SRC_LEFT = 30
SRC_RIGHT = 15


@dataclass
class _Prefix:
    """Prefix counts so that 'is there X between token a and b' is O(1)."""

    comma: list[int]
    quote: list[int]
    sent: list[int]
    cue: list[int]
    verbish: list[int]


def build_prefix(doc: Doc, cue_mask: list[bool]) -> _Prefix:
    """Prefix sums of commas, quote marks, sentence starts, cue tokens and -ed/-s verbs."""
    n = len(doc.words)

    def acc(flags: list[bool]) -> list[int]:
        out = [0] * (n + 1)
        for i, f in enumerate(flags):
            out[i + 1] = out[i] + (1 if f else 0)
        return out

    return _Prefix(
        acc([w == "," for w in doc.words]),
        acc([doc.qopen[i] or doc.qclose[i] for i in range(n)]),
        acc([i > 0 and doc.sent[i] != doc.sent[i - 1] for i in range(n)]),
        acc(cue_mask),
        acc([doc.shapes[i] == "x" and (w.endswith("ed") or w in ("is", "was", "are", "were", "has", "have")) for i, w in enumerate(doc.words)]),
    )


def source_window(doc: Doc, c0: int, c1: int) -> range:
    """Token indices searched for the source of cue tokens [c0, c1)."""
    p0, p1 = doc.para_bounds[doc.para[c0]]
    return range(max(p0, c0 - SRC_LEFT), min(p1, c1 + SRC_RIGHT))


_SIDED = ("s|d=", "s|w=", "s|sh=", "s|d|sh=", "s|btw=", "s|d|btw=", "s|sh|btw=", "s|w-1=", "s|w+1=", "s|sh-1|sh=",
          "s|sh|sh+1=", "s|cl|d=", "s|cw|sh=", "s|cl|pron=")
_STATED = ("p|s|w-1=", "p|s|d=", "p|s|btw=", "p|s|wo|w=", "p|s|wo|sh=")


@cache
def _heads(side: str, state: str) -> tuple[str, ...]:
    """The names ``source_features`` starts its side's and its state's features with ("s|w=" + side ...),
    joined once rather than for every scored token (the source tagger scores ~70,000 tokens per 200 articles)."""
    return (*(name + side for name in _SIDED), "p=" + state, "p|sh=" + state, "p|w=" + state,
            *(name + state + side for name in _STATED))


def source_features(doc: Doc, pre: _Prefix, c0: int, c1: int, j: int, state: str) -> list[str]:
    """Features of token ``j`` as part of the source of cue tokens [c0, c1).

    ``state`` is "O" before the source has started on this side (walking outward from the cue)
    and "I" inside it.
    """
    words, shapes = doc.words, doc.shapes
    if j < c0:
        side, d, a, b = "L", c0 - j, j + 1, c0
        snt = pre.sent[b + 1] - pre.sent[a]
        wo = words[j + 1]  # the token nearer the cue
    else:
        side, d, a, b = "R", j - c1 + 1, c1, j
        snt = pre.sent[b] - pre.sent[a + 1]
        wo = words[j - 1]
    (s_d, s_w, s_sh, s_d_sh, s_btw, s_d_btw, s_sh_btw, s_wm1, s_wp1, s_shm1_sh, s_sh_shp1, s_cl_d, s_cw_sh, s_cl_pron,
     p, p_sh, p_w, p_s_wm1, p_s_d, p_s_btw, p_s_wo_w, p_s_wo_sh) = _heads(side, state)
    db = _bucket(d)
    w, sh = words[j], shapes[j]
    cl = doc.lemmas[c0]
    n = len(words)
    wm1 = words[j - 1] if j > 0 else "<s>"
    wp1 = words[j + 1] if j + 1 < n else "</s>"
    com = pre.comma[b] - pre.comma[a]
    quo = pre.quote[b] - pre.quote[a]
    cue = pre.cue[b] - pre.cue[a]
    vb = pre.verbish[b] - pre.verbish[a]
    btw = f"{min(com, 2)}{min(quo, 2)}{min(snt, 1)}{min(cue, 1)}{min(vb, 1)}"
    return [
        "b",
        s_d + db,
        s_w + w,
        "w=" + w,
        s_sh + sh,
        s_d_sh + db + sh,
        s_btw + btw,
        s_d_btw + db + btw,
        s_sh_btw + sh + btw,
        s_wm1 + wm1,
        s_wp1 + wp1,
        s_shm1_sh + shapes[j - 1] + sh if j > 0 else "s|sh-1|sh=<s>",
        s_sh_shp1 + sh + (shapes[j + 1] if j + 1 < n else "</s>"),
        s_cl_d + cl + db,
        s_cw_sh + words[c0] + sh,
        s_cl_pron + cl + ("P" if w in PRONOUNS else "-"),
        "inq=" + str(doc.inq[j]) + side,
        p,
        p_sh + sh,
        p_w + w,
        p_s_wm1 + wm1,
        p_s_d + db,
        p_s_btw + btw,
        p_s_wo_w + wo + "|" + w,
        p_s_wo_sh + wo + "|" + sh,
        "first=" + str(j == doc.sent_bounds[doc.sent[j]][0]) + side + sh,
        "suf=" + w[-3:] + side,
    ]
