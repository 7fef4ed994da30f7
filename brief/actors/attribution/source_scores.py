"""The source tagger's scores without its feature strings: each feature's weight remembered under its pieces.

Why: ``source_features`` builds 27 strings per scored token (~350 tokens an article) and the perceptron hashes
each and looks it up in a 118,000-name table, ~6% of reading an article. The pieces (the token's word and shape,
the distance bucket, the cue's lemma, ...) are strings the document already holds, whose hashes Python keeps, and
a news text repeats them: here a feature's weight is found in small nested memos keyed by its pieces, and a piece
combination met for the first time has its string built and looked up as before. Every weight is the perceptron's
own float, added in ``source_features``' order, so every score is the same float and every walk the same walk
(``tests/test_speed69_source_scores.py``); training still uses the strings (``decoding.walk_source``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from brief.actors.attribution.document import Doc
from brief.actors.attribution.features import _bucket, _heads, _Prefix, source_window
from brief.actors.attribution.weights import Perceptron
from brief.actors.cues import PRONOUNS

MEMO_MAX = 200_000
"""Weights remembered (~100 bytes each: ~20 MB at most; 100 CNN/DailyMail articles fill ~68,000), past which the memos
start again, as the documents' memos do."""

_BUCKETS = tuple(_bucket(d) for d in range(16))
"""``_bucket`` of each distance from the cue ("15+" from 15 on)."""
_BTW = tuple(f"{c}{q}{s}{u}{v}" for c in range(3) for q in range(3) for s in range(2) for u in range(2) for v in range(2))
"""The 'between' piece of every count combination (commas, quote marks up to 2; sentence starts, cues, verbs up to 1)."""


class SourceScorer:
    """Scores of tokens as the source of a cue: ``Perceptron.score(source_features(...))`` to the float."""

    def __init__(self, perceptron: Perceptron) -> None:
        self._weights = perceptron.w
        self._heads: dict[str, dict[Any, Any]] = {}
        self._size = 0
        self._tables: dict[tuple[str, str], tuple[dict[Any, Any], ...]] = {}

    def _weight(self, name: str) -> float:
        """The perceptron's weight of one feature string (as ``Perceptron.score`` looks it up)."""
        w = self._weights
        self._size += 1
        if self._size > MEMO_MAX:
            self._size = 0
            self._tables.clear()
            self._heads.clear()
        return w.get(name, 0.0) if w.complete else w[name]

    def _memo(self, head: str) -> dict[Any, Any]:
        return self._heads.setdefault(head, {})

    def tables(self, side: str, state: str) -> tuple[dict[Any, Any], ...]:
        """The memos of one side and state, one per feature, shared by the heads both states' features have."""
        key = (side, state)
        got = self._tables.get(key)
        if got is None:
            memo = self._memo
            heads = _heads(side, state)
            got = self._tables[key] = (
                memo("b"), *(memo(h) for h in heads[:14]), memo("inq=" + side), *(memo(h) for h in heads[14:]),
                memo("w="), memo("first=" + side), memo("suf=" + side))
        return got

    def score(self, doc: Doc, pre: _Prefix, c0: int, c1: int, j: int, state: str) -> float:
        """The source tagger's score of token ``j`` for cue [c0, c1) in ``state`` ("O" or "I")."""
        words, shapes = doc.words, doc.shapes
        if j < c0:
            side, d, a, b = "L", c0 - j, j + 1, c0
            snt = pre.sent[b + 1] - pre.sent[a]
            wo = words[j + 1]
        else:
            side, d, a, b = "R", j - c1 + 1, c1, j
            snt = pre.sent[b] - pre.sent[a + 1]
            wo = words[j - 1]
        (t_b, t_d, t_w, t_sh, t_d_sh, t_btw, t_d_btw, t_sh_btw, t_wm1, t_wp1, t_shm1_sh, t_sh_shp1, t_cl_d, t_cw_sh,
         t_cl_pron, t_inq, t_p, t_p_sh, t_p_w, t_p_wm1, t_p_d, t_p_btw, _, t_p_wo_sh, t_ww, t_first,
         t_suf) = self.tables(side, state)
        heads = _heads(side, state)
        db = _BUCKETS[d if d < 15 else 15]
        w, sh = words[j], shapes[j]
        cl, cw = doc.lemmas[c0], words[c0]
        n = len(words)
        wm1 = words[j - 1] if j > 0 else "<s>"
        wp1 = words[j + 1] if j + 1 < n else "</s>"
        shm1 = shapes[j - 1] if j > 0 else None
        shp1 = shapes[j + 1] if j + 1 < n else "</s>"
        com = pre.comma[b] - pre.comma[a]
        quo = pre.quote[b] - pre.quote[a]
        if snt >= 0:  # the counts capped as source_features caps them: 2 commas or quote marks, 1 of the rest
            btw = _BTW[(com if com < 2 else 2) * 24 + (quo if quo < 2 else 2) * 8 + (4 if snt else 0)
                       + (2 if pre.cue[b] > pre.cue[a] else 0) + (1 if pre.verbish[b] > pre.verbish[a] else 0)]
        else:  # a cue ending where a sentence starts: "-1" sentences between, as source_features writes it
            btw = f"{min(com, 2)}{min(quo, 2)}{snt}{min(pre.cue[b] - pre.cue[a], 1)}{min(pre.verbish[b] - pre.verbish[a], 1)}"
        pron = "P" if w in PRONOUNS else "-"
        inq = doc.inq[j]
        first = "True" if j == doc.sent_bounds[doc.sent[j]][0] else "False"
        weight, weights = self._weight, self._weights
        # Each step: the memo's weight for the pieces, or the string source_features writes (same order).
        v = t_b.get("")
        if v is None:
            v = t_b[""] = weight("b")
        total = 0.0 + v
        v = t_d.get(db)
        if v is None:
            v = t_d[db] = weight(heads[0] + db)
        total += v
        v = t_w.get(w)
        if v is None:
            v = t_w[w] = weight(heads[1] + w)
        total += v
        v = t_ww.get(w)
        if v is None:
            v = t_ww[w] = weight("w=" + w)
        total += v
        v = t_sh.get(sh)
        if v is None:
            v = t_sh[sh] = weight(heads[2] + sh)
        total += v
        k = (db, sh)
        v = t_d_sh.get(k)
        if v is None:
            v = t_d_sh[k] = weight(heads[3] + db + sh)
        total += v
        v = t_btw.get(btw)
        if v is None:
            v = t_btw[btw] = weight(heads[4] + btw)
        total += v
        k = (db, btw)
        v = t_d_btw.get(k)
        if v is None:
            v = t_d_btw[k] = weight(heads[5] + db + btw)
        total += v
        k = (sh, btw)
        v = t_sh_btw.get(k)
        if v is None:
            v = t_sh_btw[k] = weight(heads[6] + sh + btw)
        total += v
        v = t_wm1.get(wm1)
        if v is None:
            v = t_wm1[wm1] = weight(heads[7] + wm1)
        total += v
        v = t_wp1.get(wp1)
        if v is None:
            v = t_wp1[wp1] = weight(heads[8] + wp1)
        total += v
        if shm1 is None:
            v = t_shm1_sh.get(None)
            if v is None:
                v = t_shm1_sh[None] = weight("s|sh-1|sh=<s>")
            total += v
        else:
            k = (shm1, sh)
            v = t_shm1_sh.get(k)
            if v is None:
                v = t_shm1_sh[k] = weight(heads[9] + shm1 + sh)
            total += v
        k = (sh, shp1)
        v = t_sh_shp1.get(k)
        if v is None:
            v = t_sh_shp1[k] = weight(heads[10] + sh + shp1)
        total += v
        k = (cl, db)
        v = t_cl_d.get(k)
        if v is None:
            v = t_cl_d[k] = weight(heads[11] + cl + db)
        total += v
        k = (cw, sh)
        v = t_cw_sh.get(k)
        if v is None:
            v = t_cw_sh[k] = weight(heads[12] + cw + sh)
        total += v
        k = (cl, pron)
        v = t_cl_pron.get(k)
        if v is None:
            v = t_cl_pron[k] = weight(heads[13] + cl + pron)
        total += v
        v = t_inq.get(inq)
        if v is None:
            v = t_inq[inq] = weight("inq=" + str(inq) + side)
        total += v
        v = t_p.get("")
        if v is None:
            v = t_p[""] = weight(heads[14])
        total += v
        v = t_p_sh.get(sh)
        if v is None:
            v = t_p_sh[sh] = weight(heads[15] + sh)
        total += v
        v = t_p_w.get(w)
        if v is None:
            v = t_p_w[w] = weight(heads[16] + w)
        total += v
        v = t_p_wm1.get(wm1)
        if v is None:
            v = t_p_wm1[wm1] = weight(heads[17] + wm1)
        total += v
        v = t_p_d.get(db)
        if v is None:
            v = t_p_d[db] = weight(heads[18] + db)
        total += v
        v = t_p_btw.get(btw)
        if v is None:
            v = t_p_btw[btw] = weight(heads[19] + btw)
        total += v
        name = heads[20] + wo + "|" + w  # word pairs seldom come again: looked up by their string, not remembered
        total += weights.get(name, 0.0) if weights.complete else weights[name]
        k = (wo, sh)
        v = t_p_wo_sh.get(k)
        if v is None:
            v = t_p_wo_sh[k] = weight(heads[21] + wo + "|" + sh)
        total += v
        k = (first, sh)
        v = t_first.get(k)
        if v is None:
            v = t_first[k] = weight("first=" + first + side + sh)
        total += v
        v = t_suf.get(w)
        if v is None:
            v = t_suf[w] = weight("suf=" + w[-3:] + side)
        return total + v


@lru_cache(maxsize=2)
def scorer(perceptron: Perceptron) -> SourceScorer:
    """The scorer of a perceptron (the shipped model's, once per process)."""
    return SourceScorer(perceptron)


def walk_scored(doc: Doc, pre: _Prefix, c0: int, c1: int, perceptron: Perceptron) -> list[tuple[int, int, float]]:
    """``decoding.walk_source`` scored by ``SourceScorer``: the same runs, without feature strings."""
    score = scorer(perceptron).score
    window = source_window(doc, c0, c1)
    found: list[tuple[int, int, float]] = []
    for side in ("L", "R"):
        order = range(c0 - 1, window.start - 1, -1) if side == "L" else range(c1, window.stop)
        state = "O"
        run: list[int] = []
        total = 0.0
        for j in order:
            sc = score(doc, pre, c0, c1, j, state)
            if sc > 0:
                run.append(j)
                total += sc
                state = "I"
            elif state == "I":
                break
        if run:
            found.append((min(run), max(run) + 1, total / len(run)))
    return found
