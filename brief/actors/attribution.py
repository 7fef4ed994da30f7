"""Attribution extraction: who said / wants / rejects / threatens what.

Three stages, all without a parser or NLTK data (so it runs anywhere, fast):

1. *Cue tagger*: an averaged perceptron marks cue tokens ("said", "according to", "called on",
   "vowed") from lexical, quote-structure and rough subject/complement features (word classes
   beside the token, skipping auxiliaries; cue families from ``cues.py`` for rare words); adjacent
   cue tokens form one cue. Only words that are often cues (plus a hand seed list) and the words
   after a cue token are scored, which keeps it at a few thousand sentences per second. Runs of
   auxiliaries alone are dropped; auxiliaries, negation and "is" before a participle are attached
   and a trailing "in a statement" left out, as PolNeAR marks cues. Changes were chosen on a
   validation fifth of PolNeAR train (``bench/attribution_polnear.py --validation``), not on dev.
2. *Source tagger*: for each cue a second perceptron marks the tokens of the source noun phrase
   in a window around the cue (relative position, punctuation in between, word shape); the run
   nearest the cue wins. Sources are spans as written ("he", "the top US diplomat").
3. *Content*: rules over quote marks and clause structure pick the reported material before or
   after the cue, following quotes across sentences.

Weights are learned from PolNeAR train by ``tools/train_attribution.py`` and shipped as .npz arrays.
Tokenisation and sentence boundaries used for features are internal (fixed), because the
learned weights depend on them; the caller's sentence spans are used only for ``sentence``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

from brief.actors.cues import CUE_GROUP, PRONOUNS, SEED_CUES, lemma

MODEL_PATH = Path(__file__).resolve().parent / "data" / "attribution-model.npz"


@dataclass(frozen=True)
class Attribution:
    """One attribution: character spans into the article text.

    ``source`` is None when the text gives no source ("is expected to"); ``quote`` is True for
    direct quotes; ``sentence`` indexes the caller's sentence spans (the cue's sentence; the
    preceding one if the cue falls between spans, 0 if there are none).
    """

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int]
    quote: bool
    sentence: int


# --------------------------------------------------------------------------- tokens / structure

_TOKEN = re.compile(r"''|``|\w+(?:[-'’.]\w+)*|[^\w\s]")
_OPEN_Q = frozenset({"“", "``"})
_CLOSE_Q = frozenset({"”"})
_TOGGLE_Q = frozenset({'"', "''"})
QUOTES = _OPEN_Q | _CLOSE_Q | _TOGGLE_Q
_ABBREV = frozenset(
    "mr mrs ms dr sen rep gov gen col lt st jr sr prof rev u.s u.k u.n no vs inc corp co ltd jan feb "
    "mar apr aug sept sep oct nov dec pres sgt capt adm maj cmdr supt fla calif wash mass pa va ga".split()
)


@dataclass
class Doc:
    """Tokens of a text with the structure the features need (built once per call)."""

    text: str
    spans: list[tuple[int, int]]
    words: list[str]  # lower-cased
    raw: list[str]
    lemmas: list[str]
    shapes: list[str]
    inq: list[bool]  # inside a direct quote (quote marks themselves excluded)
    qopen: list[bool]  # token is an opening quote mark
    qclose: list[bool]  # token is a closing quote mark
    sent: list[int]  # internal sentence number of each token
    sent_bounds: list[tuple[int, int]]  # token range of each internal sentence
    para: list[int]  # paragraph number of each token
    para_bounds: list[tuple[int, int]]


def _shape(tok: str) -> str:
    """Coarse word shape: capitalisation / digits / punctuation class."""
    c = tok[0]
    if c.isupper():
        return "X" if len(tok) == 1 or not tok[1:].islower() else "Xx"
    if c.islower():
        return "x"
    if c.isdigit():
        return "d"
    if tok in QUOTES or tok in ("‘", "’", "'"):
        return "q"
    return tok


_LEMMAS: dict[str, str] = {}


def _lemma(word: str) -> str:
    """``lemma``, memoised: news repeats its vocabulary, and every token needs one."""
    found = _LEMMAS.get(word)
    if found is None:
        if len(_LEMMAS) > 500_000:
            _LEMMAS.clear()
        found = _LEMMAS[word] = lemma(word)
    return found


def build_doc(text: str) -> Doc:
    """Tokenise and mark quotes, internal sentences and paragraphs."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    raw = [text[a:b] for a, b in spans]
    words = [t.lower() for t in raw]
    n = len(spans)
    para = [0] * n
    p = 0
    for i in range(1, n):
        if "\n" in text[spans[i - 1][1] : spans[i][0]]:
            p += 1
        para[i] = p
    inq = [False] * n
    qopen = [False] * n
    qclose = [False] * n
    state = False
    for i in range(n):
        if i and para[i] != para[i - 1]:
            state = False
        t = raw[i]
        if t in _OPEN_Q or (t in _TOGGLE_Q and not state):
            qopen[i] = True
            state = True
        elif t in _CLOSE_Q or (t in _TOGGLE_Q and state):
            qclose[i] = True
            state = False
        else:
            inq[i] = state
    sent = [0] * n
    s = 0
    for i in range(1, n):
        prev = raw[i - 1]
        if para[i] != para[i - 1]:
            s += 1
        elif prev in (".", "!", "?") and not qclose[i] and raw[i] not in (",", ")", ".") and (
            raw[i][0].isupper() or qopen[i] or raw[i][0].isdigit()
        ):
            if not (prev == "." and i >= 2 and (words[i - 2] in _ABBREV or len(words[i - 2]) == 1)):
                s += 1
        elif qclose[i - 1] and i >= 2 and raw[i - 2] in (".", "!", "?") and (raw[i][0].isupper() or qopen[i]):
            s += 1
        sent[i] = s
    sent_bounds = _bounds(sent)
    return Doc(
        text, spans, words, raw, [_lemma(w) for w in words], [_shape(t) for t in raw], inq, qopen, qclose,
        sent, sent_bounds, para, _bounds(para),
    )


def _bounds(ids: list[int]) -> list[tuple[int, int]]:
    """Token ranges of consecutive equal ids."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[i - 1]:
            out.append((start, i))
            start = i
    return out


# --------------------------------------------------------------------------- features


def cue_features(doc: Doc, i: int, prev: int) -> list[str]:
    """Features of token ``i`` for the cue tagger; ``prev`` is the previous token's label (0/1)."""
    n = len(doc.words)
    w, lm, sh = doc.words[i], doc.lemmas[i], doc.shapes[i]
    wm1 = doc.words[i - 1] if i > 0 and doc.sent[i - 1] == doc.sent[i] else "<s>"
    wm2 = doc.words[i - 2] if i > 1 and doc.sent[i - 2] == doc.sent[i] else "<s>"
    wp1 = doc.words[i + 1] if i + 1 < n and doc.sent[i + 1] == doc.sent[i] else "</s>"
    wp2 = doc.words[i + 2] if i + 2 < n and doc.sent[i + 2] == doc.sent[i] else "</s>"
    shm1 = doc.shapes[i - 1] if wm1 != "<s>" else "<s>"
    shp1 = doc.shapes[i + 1] if wp1 != "</s>" else "</s>"
    lm1 = doc.lemmas[i - 1] if wm1 != "<s>" else "<s>"
    lp1 = doc.lemmas[i + 1] if wp1 != "</s>" else "</s>"
    s0, s1 = doc.sent_bounds[doc.sent[i]]
    q = "Q" if doc.inq[i] else ("q" if any(doc.qopen[s0:s1]) or any(doc.qclose[s0:s1]) else "-")
    l1, l2, lw = _context(doc, i, -1, s0, s1)
    r1, r2, rw = _context(doc, i, 1, s0, s1)
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
        "caps|l=" + str(all(doc.shapes[k] in ("X", "Xx", "-", ".") for k in range(s0, i))) + "|" + lm,
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


_SEED = frozenset(lemma(w) for w in SEED_CUES)
_SKIP = frozenset(
    "has have had 've 's is was are were be been being will would can could may might must shall should do does did "
    "not n't never also still just even then again already now later first further repeatedly".split()
)
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


def _context(doc: Doc, i: int, step: int, s0: int, s1: int) -> tuple[str, str, str]:
    """Classes of the first two tokens beside ``i`` (towards ``step``), skipping auxiliaries and
    adverbs: a rough stand-in for 'what is the subject / complement of this word'."""
    out: list[str] = []
    k = i + step
    skipped = 0
    first = "|"
    while s0 <= k < s1 and len(out) < 2:
        c = _cls(doc, k)
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


def _quote_dist(doc: Doc, i: int, s0: int, s1: int) -> str:
    """Where the nearest quote marks are: just before / just after the token (within 3 tokens)."""
    before = any(doc.qclose[k] for k in range(max(s0, i - 3), i))
    after = any(doc.qopen[k] for k in range(i + 1, min(s1, i + 4)))
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


CUE_THRESHOLD = -1.5  # chosen on a validation part of PolNeAR train (recall was the weak side)
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


def source_features(doc: Doc, pre: _Prefix, c0: int, c1: int, j: int, state: str) -> list[str]:
    """Features of token ``j`` as part of the source of cue tokens [c0, c1).

    ``state`` is "O" before the source has started on this side (walking outward from the cue)
    and "I" inside it.
    """
    if j < c0:
        side, d, a, b = "L", c0 - j, j + 1, c0
    else:
        side, d, a, b = "R", j - c1 + 1, c1, j
    db = _bucket(d)
    w, sh = doc.words[j], doc.shapes[j]
    cl = doc.lemmas[c0]
    cw = doc.words[c0]
    wm1 = doc.words[j - 1] if j > 0 else "<s>"
    wp1 = doc.words[j + 1] if j + 1 < len(doc.words) else "</s>"
    com = pre.comma[b] - pre.comma[a]
    quo = pre.quote[b] - pre.quote[a]
    snt = pre.sent[b + (1 if side == "L" else 0)] - pre.sent[a + (0 if side == "L" else 1)]
    cue = pre.cue[b] - pre.cue[a]
    vb = pre.verbish[b] - pre.verbish[a]
    btw = f"{min(com, 2)}{min(quo, 2)}{min(snt, 1)}{min(cue, 1)}{min(vb, 1)}"
    pron = "P" if w in PRONOUNS else "-"
    ps = state
    wo = doc.words[j + 1] if side == "L" else doc.words[j - 1]  # the token nearer the cue
    return [
        "b",
        "s|d=" + side + db,
        "s|w=" + side + w,
        "w=" + w,
        "s|sh=" + side + sh,
        "s|d|sh=" + side + db + sh,
        "s|btw=" + side + btw,
        "s|d|btw=" + side + db + btw,
        "s|sh|btw=" + side + sh + btw,
        "s|w-1=" + side + wm1,
        "s|w+1=" + side + wp1,
        "s|sh-1|sh=" + side + doc.shapes[j - 1] + sh if j > 0 else "s|sh-1|sh=<s>",
        "s|sh|sh+1=" + side + sh + (doc.shapes[j + 1] if j + 1 < len(doc.words) else "</s>"),
        "s|cl|d=" + side + cl + db,
        "s|cw|sh=" + side + cw + sh,
        "s|cl|pron=" + side + cl + pron,
        "inq=" + str(doc.inq[j]) + side,
        "p=" + ps,
        "p|sh=" + ps + sh,
        "p|w=" + ps + w,
        "p|s|w-1=" + ps + side + wm1,
        "p|s|d=" + ps + side + db,
        "p|s|btw=" + ps + side + btw,
        "p|s|wo|w=" + ps + side + wo + "|" + w,
        "p|s|wo|sh=" + ps + side + wo + "|" + sh,
        "first=" + str(j == doc.sent_bounds[doc.sent[j]][0]) + side + sh,
        "suf=" + w[-3:] + side,
    ]


# --------------------------------------------------------------------------- model


_ZEROS = repeat(0.0)


class Weights(dict):
    """Feature weights looked up in the model's sorted names on first use, and stored.

    Why: building the full 580,000-entry dict takes ~0.2 s, more than a handful of articles takes
    to tag (they ask for a few thousand features). A binary search over the names costs a few
    microseconds, so after ``FULL_AFTER`` distinct misses (a large input) everything is loaded at
    once. Either way a feature gets the same float, so scores are identical.
    """

    FULL_AFTER = 20_000

    def __init__(self, names: bytes = b"", values: np.ndarray | None = None, full: dict[str, float] | None = None) -> None:
        super().__init__(full or {})
        self._names = names
        self._values = values
        self._ends: memoryview | None = None
        self._misses = 0
        self.complete = full is not None or not names

    def __missing__(self, key: str) -> float:
        if self.complete:
            return 0.0
        self._misses += 1
        if self._misses > self.FULL_AFTER:
            self.load_all()
            return self.get(key, 0.0)
        value = self._search(key.encode("utf-8"))
        self[key] = value
        return value

    def _search(self, name: bytes) -> float:
        """Binary search of the newline-separated, sorted names (UTF-8 bytes sort as str does)."""
        if self._ends is None:
            import numpy as np

            blob = np.frombuffer(self._names, dtype=np.uint8)
            self._ends = np.append(np.flatnonzero(blob == 10), len(blob)).astype(np.int64).data
        ends, names = self._ends, self._names
        lo, hi = 0, len(ends)
        while lo < hi:
            mid = (lo + hi) // 2
            start = ends[mid - 1] + 1 if mid else 0
            if names[start : ends[mid]] < name:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(ends) and names[(ends[lo - 1] + 1 if lo else 0) : ends[lo]] == name:
            assert self._values is not None  # names come with their values
            return float(self._values[lo])
        return 0.0

    def load_all(self) -> None:
        """Every weight at once (what a large input needs)."""
        if not self.complete:
            assert self._values is not None
            self.update(zip(self._names.decode("utf-8").split("\n"), self._values.tolist()))
            self.complete = True


class Perceptron:
    """Binary averaged perceptron over string features (weights already averaged at runtime)."""

    def __init__(self, weights: Weights | None = None) -> None:
        self.w: Weights = weights if weights is not None else Weights()

    def score(self, feats: list[str]) -> float:
        """Sum of feature weights; > 0 means the positive label."""
        # map() runs the lookups in C: the same sum, in the same order, at about half the cost of a
        # generator expression. Until every weight is loaded, unknown features go through __missing__.
        if self.w.complete:
            return sum(map(self.w.get, feats, _ZEROS))
        return sum(map(self.w.__getitem__, feats))


@dataclass
class Model:
    """The shipped model: cue vocabulary gate plus two perceptrons."""

    cue_vocab: frozenset[str]
    cue: Perceptron
    source: Perceptron


_PARTS = ("cue", "source")


def save_model(path: Path, cue_vocab: Iterable[str], cue: dict[str, float], source: dict[str, float]) -> None:
    """Write the weights as an .npz of plain arrays: names as newline-joined UTF-8, weights float64.

    Why not JSON: parsing 400,000 weights from JSON took half a second at every start. The names
    are stored uncompressed so that loading them is a read (``Weights`` searches them in place);
    the float64 values are the trained ones bit for bit, and fixed zip timestamps keep the file
    reproducible.
    """
    import zipfile

    import numpy as np

    def joined(names: Iterable[str]) -> np.ndarray:
        names = list(names)
        assert not any("\n" in n for n in names), "feature names must not contain newlines"
        return np.frombuffer("\n".join(names).encode("utf-8"), dtype=np.uint8)

    arrays = {"cue_vocab": joined(sorted(cue_vocab))}
    for part, weights in zip(_PARTS, (cue, source)):
        names = sorted(weights)
        arrays[f"{part}_names"] = joined(names)
        arrays[f"{part}_weights"] = np.array([weights[n] for n in names], dtype=np.float64)
    with zipfile.ZipFile(path, "w") as archive:
        for name, array in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name.endswith("_names") else zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as fh:
                np.lib.format.write_array(fh, array, allow_pickle=False)


@lru_cache(maxsize=1)
def load_model() -> Model:
    """Load the shipped weights once (a missing file gives a lexicon-only fallback)."""
    try:
        import numpy as np

        with np.load(MODEL_PATH, allow_pickle=False) as z:
            vocab = frozenset(bytes(z["cue_vocab"]).decode("utf-8").split("\n"))
            parts = [Weights(bytes(z[f"{p}_names"]), z[f"{p}_weights"]) for p in _PARTS]
        return Model(vocab, Perceptron(parts[0]), Perceptron(parts[1]))
    except (OSError, ValueError, KeyError):
        vocab = frozenset(lemma(w) for w in SEED_CUES) | {"accord"}
        weights = {"b": -1.0, **{"l=" + v: 2.0 for v in vocab}, "p|l=1|to": 2.0}
        return Model(vocab, Perceptron(Weights(full=weights)), Perceptron())


# --------------------------------------------------------------------------- decoding


def gated(doc: Doc, i: int, prev: int, vocab: frozenset[str]) -> bool:
    """Whether token ``i`` is scored at all: a likely cue word or the successor of a cue token
    ("according to", "said in a statement"). Keeps the tagger fast; predecessors ("has said")
    are attached by ``grow_cue`` instead (scoring them cost 40% of the time for no F1)."""
    return prev == 1 or doc.lemmas[i] in vocab


def tag_cues(doc: Doc, model: Model) -> list[tuple[int, int]]:
    """Token ranges [c0, c1) of cues."""
    vocab = model.cue_vocab
    labels = [0] * len(doc.words)
    prev = 0
    score = model.cue.score
    for i in range(len(doc.words)):
        if i and doc.sent[i] != doc.sent[i - 1]:
            prev = 0
        if gated(doc, i, prev, vocab):
            y = 1 if score(cue_features(doc, i, prev)) > CUE_THRESHOLD else 0
        else:
            y = 0
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


_BE_NOT = frozenset(
    "is are was were be been being not never did didn't didn’t does doesn't doesn’t don't don’t".split()
)


def _participle(w: str) -> bool:
    """-ing / -ed / -en forms, which take a 'be' or negation into the cue."""
    return len(w) > 4 and w.endswith(("ing", "ed", "en", "wn"))


def report_span(doc: Doc, c0: int, c1: int) -> tuple[int, int]:
    """The cue as PolNeAR marks it: without a trailing "in a statement" / "in" / "at" (the
    longer run still steers content detection, which must skip those words)."""
    for k in range(c0 + 1, c1):
        if doc.words[k] in ("in", "at", "during"):
            return c0, k
    return c0, c1


_AUX = frozenset("has have had 've also further later then again repeatedly publicly reportedly previously already".split())
_PREP = frozenset("on for to about of in with against".split())


def _idle(doc: Doc, c0: int, c1: int) -> bool:
    """A run of only auxiliaries, adverbs and articles ("has", "also", "the") is not a cue: the
    tagger fired on the word before a cue but not on the cue itself."""
    return all(doc.words[k] in _SKIP or doc.words[k] in _DET or doc.words[k] == "an" for k in range(c0, c1))


def grow_cue(doc: Doc, c0: int, c1: int) -> tuple[int, int]:
    """Attach auxiliaries/adverbs ("has clearly stated") and the verb of a bare particle ("called on")."""
    if doc.words[c0] in _PREP and c0 > 0 and doc.shapes[c0 - 1] == "x" and doc.sent[c0 - 1] == doc.sent[c0]:
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
    window = source_window(doc, c0, c1)
    found: list[tuple[int, int, float]] = []
    for side in ("L", "R"):
        order = range(c0 - 1, window.start - 1, -1) if side == "L" else range(c1, window.stop)
        state = "O"
        run: list[int] = []
        total = 0.0
        for j in order:
            feats = source_features(doc, pre, c0, c1, j, state)
            sc = score(feats)
            y = 1 if sc > 0 else 0
            if update is not None:
                g = 1 if gold and gold[0] <= j < gold[1] else 0
                update(feats, g, y)
            if y:
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
    runs_ = walk_source(doc, pre, c0, c1, model.source.score)
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


def _trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Drop leading/trailing commas, colons, dashes and a sentence-final period."""
    while a < b and doc.raw[a] in _EDGE:
        a += 1
    while b > a and doc.raw[b - 1] in _EDGE + (".",):
        b -= 1
    return a, b


_EDGE = (",", ":", ";", "-", "—", "–", "(", ")")


def _extend_quote(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Grow [a, b) to whole quotations: back to the opening mark, on to the closing mark."""
    p0, p1 = doc.para_bounds[doc.para[a]]
    if doc.inq[a] or (a < len(doc.words) and doc.qclose[a]):
        k = a
        while k > p0 and not doc.qopen[k]:
            k -= 1
        if doc.qopen[k]:
            a = k
    last = b - 1
    if last >= a and (doc.inq[last] or doc.qopen[last]):
        k = last
        while k < p1 - 1 and not doc.qclose[k]:
            k += 1
        if doc.qclose[k]:
            b = k + 1
    return a, b


# Cues whose object or adverbial may stand between them and a "that" clause ("told reporters that").
_OBJ_THAT = frozenset(
    lemma(w)
    for w in "tell told warn remind assure inform promise complain say add note write tweet argue insist explain "
    "announce state claim acknowledge admit concede stress emphasize testify".split()
)
_WHEN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight on late early earlier "
    "last this week weekend month year morning afternoon evening night".split()
)


def _addressee_only(doc: Doc, c0: int, c1: int, a: int, b: int) -> bool:
    """ "“...,” Arafat later told the crew in the lounge.": after "told" only whom he told, no clause."""
    return any(doc.lemmas[k] == _TELL for k in range(c0, c1)) and not any(
        doc.words[k] in ("that", ":") or doc.raw[k] in QUOTES or doc.words[k] in _VERBISH for k in range(a, b)
    )


_TELL = lemma("told")


def _past_when(doc: Doc, k: int, end: int) -> int:
    """The first token at or after ``k`` that is not part of a time phrase ("said Tuesday, a move
    that ..." ends the attribution as surely as "said, ...")."""
    while k < end - 1 and doc.words[k] in _WHEN:
        k += 1
    return k


_ADVERBIAL = frozenset("on in at during after before last this earlier later yesterday today privately publicly".split())
_VERBISH = frozenset("is was are were has have had will would can could may might be been".split())
_LEAD_PREP = frozenset({"about", "of", "for", "on", "at"})
_CUT_AFTER_COMMA = frozenset(
    "and who whose particularly especially including adding saying noting".split()
)


def _cut_right(doc: Doc, a: int, b: int) -> int:
    """End of content that starts at ``a``: before a trailing clause outside quotes.

    Cuts at "; — [" and at a comma opening a coordinated, relative or participial clause
    (", and ...", ", who ...", ", telling ..."), but not at ", and that ..." (still reported).
    """
    depth = 0
    for k in range(a + 1, b):
        t = doc.raw[k]
        depth += (t == "(") - (t == ")")
        if doc.inq[k] or doc.qopen[k] or doc.qclose[k] or depth > 0 or t == ")":
            continue
        if t in (";", "—", "–", "[") or (t == "-" and doc.spans[k][0] > doc.spans[k - 1][1]):
            return k
        if t == "," and k + 1 < b:
            nxt = doc.words[k + 1]
            if nxt in _CUT_AFTER_COMMA or (doc.shapes[k + 1] == "x" and nxt.endswith("ing") and len(nxt) > 5):
                if not (k + 2 < b and doc.words[k + 2] == "that" and nxt == "and"):
                    return k
    return b


_COORD = frozenset({"and", "but", "while", "whereas", ";", ","})


def _starts_clause(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens a new attribution-like clause ("adding", "according to", a cue)."""
    w = doc.words[k]
    return (doc.shapes[k] == "x" and w.endswith("ing")) or w in ("according", "and", "but", "who", "which")


def find_content(
    doc: Doc, c0: int, c1: int, src: tuple[int, int] | None, nxt: tuple[int, int, tuple[int, int] | None] | None = None
) -> tuple[int, int] | None:
    """Token range of the content of cue [c0, c1) with source ``src`` (rules, see module doc).

    ``nxt`` is the next cue in the sentence with its source: content stops before a
    coordinated clause with its own attribution ("X warned ..., and Y threatened ...").
    """
    s0, s1 = doc.sent_bounds[doc.sent[c0]]
    lo, hi = c0, c1
    if src and doc.sent[src[0]] == doc.sent[c0] and (src[1] >= c0 - 4 and src[0] <= c1 + 4):
        lo, hi = min(lo, src[0]), max(hi, src[1])
    # "According to X, ..." / "..., according to X."
    if doc.lemmas[c0] == "accord" and src:
        hi = max(hi, src[1])
    left = _trim(doc, s0, lo)
    right = _trim(doc, hi, s1)
    # skip a short object between the cue and the content ("told reporters that", "said in a statement")
    rl = right[1] - right[0]
    ll = left[1] - left[0]
    before = doc.raw[lo - 1] if lo > s0 else ""
    left_closed = before in (",", "—", "–") or (lo > s0 and doc.qclose[lo - 1])
    starts_quote = (doc.inq[s0] or doc.qclose[s0]) and lo > s0
    # "Hamas, whose envoys returned to Qatar, said it would ...": the left is the source and its
    # apposition, not what was said
    unquoted_left = not any(doc.qopen[k] or doc.inq[k] or doc.qclose[k] for k in range(left[0], lo))
    source_first = src is not None and src[0] <= left[0] < src[1] < lo and rl >= 1 and unquoted_left
    # "Meanwhile, in Rafah, officials said the crossing was shut": a clause after the cue is what
    # was said; the phrase before the source is where or when
    first_comma = next((k for k in range(*right) if doc.raw[k] == ","), right[1])
    clause_after = (src is not None and src[1] == c0 and unquoted_left and rl >= 3
                    and doc.words[right[0]] not in _WHEN
                    and any(doc.words[k] in _VERBISH or doc.words[k] == "that" for k in range(right[0], first_comma)))
    source_first = source_first or clause_after
    if ll >= 2 and (left_closed or starts_quote) and not source_first and (
        rl <= 6 or doc.raw[_past_when(doc, hi, s1)] == "," or _addressee_only(doc, c0, c1, hi, s1)
    ):
        a, b = _extend_quote(doc, *left)
        if hi < s1 - 1 and doc.raw[hi] == "," and hi + 1 < s1 and doc.qopen[hi + 1]:
            b = _extend_quote(doc, hi + 1, hi + 2)[1]
        elif rl >= 3 and doc.raw[hi] == "," and not _starts_clause(doc, right[0]):
            # interrupted content: "If the demands are not met, he warned, supporters will leave"
            b = _extend_quote(doc, right[0], _cut_right(doc, right[0], right[1]))[1]
        elif doc.qopen[a] and s1 < len(doc.words) and doc.para[s1] == doc.para[c0] and doc.qopen[s1] and rl <= 4:
            # '"First," he said. "Second."' - the quote goes on after the attribution
            b = _extend_quote(doc, s1, s1 + 1)[1]
        return a, b
    if ll == 0 and s0 > 0 and doc.qclose[s0 - 1] and doc.para[s0 - 1] == doc.para[c0] and (
        rl <= 4 or _addressee_only(doc, c0, c1, hi, s1)
    ):
        # “... all his life he been hunting.” Deyal told this newspaper. - the quote just before
        return _extend_quote(doc, s0 - 2, s0)
    if rl >= 1:
        a, b = right
        if a < len(doc.words) and doc.qopen[a]:
            return _extend_quote(doc, a, max(a + 1, b))
        if nxt and a < nxt[0] < b:
            n0, _, nsrc = nxt
            block = nsrc[0] if nsrc and hi < nsrc[0] < n0 else n0
            if block > a and doc.words[block - 1] in _COORD:
                b = block
                while b > a + 1 and doc.words[b - 1] in _COORD:
                    b -= 1
        if doc.lemmas[c0] in _OBJ_THAT or doc.words[a] in _ADVERBIAL:
            for k in range(a, min(b - 1, a + 12)):
                if doc.raw[k] in QUOTES or doc.raw[k] in (",", ";", "(", ")") or doc.words[k] in _VERBISH:
                    break
                if doc.words[k] == "that":
                    a = k
                    break
        if b - a > 1 and doc.words[a] in _LEAD_PREP:
            a += 1
        b = _cut_right(doc, a, b)
        return _extend_quote(doc, a, b)
    if ll >= 1:
        return _extend_quote(doc, *left)
    return None


def _outside_cue(
    doc: Doc, content: tuple[int, int], cue: tuple[int, int], src: tuple[int, int] | None
) -> tuple[int, int]:
    """A content that runs over its own cue ends before it when the cue closes the statement:
    after a quotation (“A,” they said, under article 21) or with the source after the cue (“A,”
    said X, president of Y). A parenthetical cue ("The test, X said, was its biggest") or a quote
    that resumes (“A,” X said. “B.”) keeps the whole span, as annotators mark such contents."""
    ca, cb = content
    c0, c1 = cue
    if not ca < c0 < cb:
        return content
    inverted = src is None or src[0] >= c1
    start = c0 if src is None or inverted else min(c0, src[0])
    after = max(c1, src[1]) if src else c1
    k = start - 1
    while k > ca and doc.raw[k] == ",":
        k -= 1
    if not (inverted or doc.qclose[k]) or any(doc.qopen[j] for j in range(after, cb)):
        return content
    while start > ca + 1 and doc.raw[start - 1] in (",", "—", "–", "-", ";", ":"):
        start -= 1
    return ca, start


def find_attributions(text: str, sentence_spans: list[tuple[int, int]]) -> list[Attribution]:
    """All attributions in ``text``, in text order; never raises (returns [] on failure)."""
    try:
        return _find(text, sentence_spans)
    except Exception:  # noqa: BLE001 - arbitrary input must not break the pipeline
        return []


def _find(text: str, sentence_spans: list[tuple[int, int]]) -> list[Attribution]:
    from brief.actors import (
        framing,  # it reads this module's Doc: imported once the module is whole
    )

    model = load_model()
    doc = build_doc(text)
    if not doc.words:
        return []
    cues = [grow_cue(doc, c0, c1) for c0, c1 in tag_cues(doc, model) if not _idle(doc, c0, c1)]
    mask = [False] * len(doc.words)
    for c0, c1 in cues:
        for k in range(c0, c1):
            mask[k] = True
    pre = build_prefix(doc, mask)
    starts = [s for s, _ in sentence_spans]
    sources: list[tuple[int, int] | None] = []
    for c0, c1 in cues:
        src = tag_source(doc, pre, c0, c1, model)
        if src:
            a, b = src
            while b > a + 1 and doc.raw[b - 1] in _EDGE:
                b -= 1
            src = (a, b)
        sources.append(src)
    sources = [framing.inverted_source(doc, c0, c1, src) or src or framing.opening_name(doc, c0)
               for (c0, c1), src in zip(cues, sources)]
    out: list[Attribution] = []
    for k, ((c0, c1), src) in enumerate(zip(cues, sources)):
        nxt = None
        if k + 1 < len(cues) and doc.sent[cues[k + 1][0]] == doc.sent[c0]:
            nxt = (cues[k + 1][0], cues[k + 1][1], sources[k + 1])
        framed = framing.quote_then_named_speaker(doc, c0)
        content: tuple[int, int] | None
        if framed is not None:
            src, content = framed
        else:
            content = find_content(doc, c0, c1, src, nxt)
        if content is None or content[1] <= content[0]:
            continue
        ca, cb = _outside_cue(doc, content, (c0, c1), src)
        if any(doc.qopen[k] or doc.inq[k] for k in range(ca, cb)):
            cb = framing.quote_goes_on(doc, cb, mask)
        r0, r1 = report_span(doc, c0, c1)
        cue_span = (doc.spans[r0][0], doc.spans[r1 - 1][1])
        src_span = (doc.spans[src[0]][0], doc.spans[src[1] - 1][1]) if src else None
        quote = doc.qopen[ca] or (doc.inq[ca] and ca > 0 and doc.qopen[ca - 1])
        sent = max(0, bisect.bisect_right(starts, cue_span[0]) - 1) if starts else 0
        out.append(Attribution(cue_span, src_span, (doc.spans[ca][0], doc.spans[cb - 1][1]), quote, sent))
    return out
