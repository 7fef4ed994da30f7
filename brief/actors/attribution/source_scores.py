"""The source tagger's score of a token, read from its feature parts without spelling out the feature strings.

Why: the greedy source walk scores ~350 tokens an article, and ``Perceptron.score(source_features(...))`` built,
hashed and looked up 27 new strings for each (~6% of an article's reading). A feature's weight depends only on
its parts (the side, the state, the token's word and shape, the distance, ...), and those parts are strings
the document already holds, whose hashes Python keeps, or small ints and tuples. So each feature template has
a memo from its parts to its weight, filled on a miss with the very string ``source_features`` builds, looked
up in the same ``Weights``: every weight is the same float, summed in the same order, so every score is the
same float (``tests/test_source_scores.py`` pins it against ``source_features`` token by token).
``source_features`` stays the definition (the trainer walks with it); a change there must be made here too.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from itertools import repeat
from typing import Any
from weakref import WeakKeyDictionary

from brief.actors.attribution.document import Doc
from brief.actors.attribution.features import SRC_LEFT, SRC_RIGHT, _bucket, _heads, _Prefix
from brief.actors.attribution.weights import Perceptron, Weights
from brief.actors.cues import PRONOUNS

MEMO_MAX = 200_000
"""Entries kept over all memos (past this they start again, as the tagger's caches do). A worker reading 500 of
the scale pile's articles holds 38,000 (15,000 of them words, a tuple of 15 shared floats each) in ~5 MB, so
a large pile stays under ~30 MB here."""

_ZEROS = repeat(0.0)
_DISTANCES = range(max(SRC_LEFT, SRC_RIGHT) + 1)
"""Every distance a token of the walk's window can be from its cue (``source_window``; 0 never is)."""
_SIDES = ("L", "R")
_STATES = ("O", "I")


class _Memo(dict[Hashable, Any]):
    """Weights of feature templates by their parts: a miss spells the features out and looks them up.

    ``name`` gives one feature's string (the value is its weight) or a tuple of strings of templates that share
    their parts (the value is their weights, in that order: one lookup for several features)."""

    def __init__(self, name: Callable[[Any], str | tuple[str, ...]], weights: Weights) -> None:
        super().__init__()
        self.name = name
        self.weights = weights

    def __missing__(self, key: Hashable) -> Any:
        names, weights = self.name(key), self.weights
        if isinstance(names, str):  # once every weight is loaded, an unknown feature is 0.0 (``Perceptron.score``)
            value = weights.get(names, 0.0) if weights.complete else weights[names]
        else:
            value = tuple(map(weights.get, names, _ZEROS) if weights.complete else map(weights.__getitem__, names))
        self[key] = value
        return value


class _Inner(dict[str, _Memo]):
    """A memo per value of a part fixed for a whole walk (the cue's word): read once per cue, so the token's
    own part (its shape) is the only key left."""

    def __init__(self, name: Callable[[str], Callable[[Any], str]], scorer: SourceScorer) -> None:
        super().__init__()
        self.name = name
        self.scorer = scorer

    def __missing__(self, key: str) -> _Memo:
        memo = self[key] = self.scorer.memo(self.name(key))
        return memo


def _btw_string(key: tuple[int, int, int, int, int]) -> str:
    """The five counts between the token and the cue, as ``source_features`` writes them."""
    return "".join(map(str, key))


class SourceScorer:
    """``Perceptron.score(source_features(doc, pre, c0, c1, j, state))``, from per-template memos."""

    def __init__(self, perceptron: Perceptron) -> None:
        self._w = perceptron.w
        self._memos: list[_Memo] = []
        self._bias = self._w["b"]
        self._btw: dict[tuple[int, int, int, int, int], str] = {}
        self._last: Doc | None = None
        self._prefixes: list[str] = []
        """The templates a word is joined to (as the token, the word before it or after it, for each side and
        state): a word's weights are all read on its first sight, one miss per word."""
        self._start()

    def _start(self) -> None:
        """Every memo, empty."""
        self._memos.clear()
        self._btw.clear()
        self._tables = {(side, state): self._table(side, state) for side in _SIDES for state in _STATES}
        self._cue_memos = {side: self._cue_table(side) for side in _SIDES}
        prefixes = tuple(self._prefixes)
        self._words = self.memo(lambda w: (*(p + w for p in prefixes), "suf=" + w[-3:] + "L", "suf=" + w[-3:] + "R"))

    def _word_at(self, prefix: str) -> int:
        """Where the weight of ``prefix`` + word is in a word's weights."""
        if prefix not in self._prefixes:
            self._prefixes.append(prefix)
        return self._prefixes.index(prefix)

    def memo(self, name: Callable[[Any], str | tuple[str, ...]]) -> _Memo:
        """A new memo, counted for ``MEMO_MAX``."""
        memo = _Memo(name, self._w)
        self._memos.append(memo)
        return memo

    def _table(self, side: str, state: str) -> tuple[Any, ...]:
        """The memos of one side and state: every template but the cue's own (``_cue_table``) and the words'
        (their places in a word's weights); those that share their parts grouped."""
        (s_d, s_w, s_sh, s_d_sh, s_btw, s_d_btw, s_sh_btw, s_wm1, s_wp1, s_shm1_sh, s_sh_shp1, _, _, _,
         p, p_sh, p_w, p_s_wm1, p_s_d, p_s_btw, p_s_wo_w, p_s_wo_sh) = _heads(side, state)
        memo, at = self.memo, self._word_at
        return (
            self._w[p],
            memo(lambda d: (s_d + _bucket(d), p_s_d + _bucket(d))),
            memo(lambda sh: (s_sh + sh, p_sh + sh)),
            memo(lambda btw: (s_btw + btw, p_s_btw + btw)),
            memo(lambda k: s_d_sh + _bucket(k[0]) + k[1]),
            memo(lambda k: s_d_btw + _bucket(k[0]) + k[1]),
            memo(lambda k: s_sh_btw + k[0] + k[1]),
            memo(lambda k: s_shm1_sh + k[0] + k[1] if k[0] is not None else "s|sh-1|sh=<s>"),
            memo(lambda k: s_sh_shp1 + k[0] + k[1]),
            memo(lambda inq: "inq=" + str(inq) + side),
            p_s_wo_w,  # pairs of words: mostly seen once, spelled out and looked up as they come
            p_s_wo_sh,
            memo(lambda sh: "first=False" + side + sh),
            memo(lambda sh: "first=True" + side + sh),
            at(s_w), at("w="), at(p_w), at(s_wm1), at(p_s_wm1), at(s_wp1), -2 if side == "L" else -1,
        )

    def _cue_table(self, side: str) -> tuple[_Memo, _Inner, _Memo]:
        """The templates that join the cue's lemma or word with the token's part, by that lemma or word: the
        lemma's weights at every distance (``_DISTANCES``) and for either pronoun mark at once."""
        s_cl_d, s_cw_sh, s_cl_pron = _heads(side, "O")[11:14]
        return (
            self.memo(lambda cl: tuple(s_cl_d + cl + _bucket(d) for d in _DISTANCES)),
            _Inner(lambda cw: lambda sh: s_cw_sh + cw + sh, self),
            self.memo(lambda cl: (s_cl_pron + cl + "-", s_cl_pron + cl + "P")),
        )

    def for_cue(self, doc: Doc, pre: _Prefix, c0: int, c1: int) -> Callable[[int, str], float]:
        """The score of token ``j`` in ``state`` as part of the source of cue tokens [c0, c1)."""
        if doc is not self._last:
            self._last = doc
            if sum(map(len, self._memos)) > MEMO_MAX:
                self._start()
        words, shapes, inq, sent, sent_bounds = doc.words, doc.shapes, doc.inq, doc.sent, doc.sent_bounds
        comma, quote, starts, cues, verbish = pre.comma, pre.quote, pre.sent, pre.cue, pre.verbish
        cl, cw, n = doc.lemmas[c0], words[c0], len(words)
        cue_memos = {side: (cl_d[cl], cw_sh[cw], cl_pron[cl]) for side, (cl_d, cw_sh, cl_pron) in self._cue_memos.items()}
        bias, tables, btws, weights, word = self._bias, self._tables, self._btw, self._w, self._words
        complete = weights.complete  # never undone: then an unknown feature is 0.0 (``Perceptron.score``)
        wget, wlook = weights.get, weights.__getitem__

        def score(j: int, state: str) -> float:
            if j < c0:
                side, d, a, b = "L", c0 - j, j + 1, c0
                snt = starts[b + 1] - starts[a]
                wo = words[j + 1]
            else:
                side, d, a, b = "R", j - c1 + 1, c1, j
                snt = starts[b] - starts[a + 1]
                wo = words[j - 1]
            (p, m_d, m_sh, m_btw, m_d_sh, m_d_btw, m_sh_btw, m_shm1_sh, m_sh_shp1, m_inq, p_s_wo_w, p_s_wo_sh,
             m_first0, m_first1, i_sw, i_w, i_pw, i_swm1, i_pwm1, i_swp1, i_suf) = tables[side, state]
            cl_d, m_cw_sh, cl_pron = cue_memos[side]
            w, sh = words[j], shapes[j]
            wm1 = words[j - 1] if j > 0 else "<s>"
            counts = (min(comma[b] - comma[a], 2), min(quote[b] - quote[a], 2), min(snt, 1), min(cues[b] - cues[a], 1),
                      min(verbish[b] - verbish[a], 1))
            btw = btws.get(counts)
            if btw is None:
                btw = btws[counts] = _btw_string(counts)
            s_d, p_d = m_d[d]
            s_sh, p_sh = m_sh[sh]
            s_btw, p_btw = m_btw[btw]
            at_w, at_wm1 = word[w], word[wm1]
            return sum((
                bias, s_d, at_w[i_sw], at_w[i_w], s_sh, m_d_sh[d, sh], s_btw, m_d_btw[d, btw], m_sh_btw[sh, btw],
                at_wm1[i_swm1],
                word[words[j + 1] if j + 1 < n else "</s>"][i_swp1],
                m_shm1_sh[shapes[j - 1] if j > 0 else None, sh],
                m_sh_shp1[sh, shapes[j + 1] if j + 1 < n else "</s>"],
                cl_d[d], m_cw_sh[sh], cl_pron[w in PRONOUNS], m_inq[inq[j]],
                p, p_sh, at_w[i_pw], at_wm1[i_pwm1], p_d, p_btw,
                wget(p_s_wo_w + wo + "|" + w, 0.0) if complete else wlook(p_s_wo_w + wo + "|" + w),
                wget(p_s_wo_sh + wo + "|" + sh, 0.0) if complete else wlook(p_s_wo_sh + wo + "|" + sh),
                (m_first1 if j == sent_bounds[sent[j]][0] else m_first0)[sh],
                at_w[i_suf],
            ))

        return score


_SCORERS: WeakKeyDictionary[Perceptron, SourceScorer] = WeakKeyDictionary()


def source_scorer(perceptron: Perceptron) -> SourceScorer:
    """The scorer of ``perceptron``, made on its first walk (a test may load another model)."""
    scorer = _SCORERS.get(perceptron)
    if scorer is None:
        scorer = _SCORERS[perceptron] = SourceScorer(perceptron)
    return scorer
