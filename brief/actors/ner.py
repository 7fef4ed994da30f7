"""Named-entity tagger (PER/ORG/LOC/MISC) trained on CoNLL 2003, shipped with the package.

Model: averaged structured perceptron over BILOU tags with first-order Viterbi
decoding; token-only features from ``brief.actors.features``.  Weights live in
``brief/actors/data/ner-v1.npz`` (numpy, loaded with ``allow_pickle=False``) and are
loaded lazily once.  Reproduce them with ``python tools/train_ner.py``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from brief.actors import features as F

MODEL_NAME = "ner-v1"
MODEL_PATH = Path(__file__).resolve().parent / "data" / f"{MODEL_NAME}.npz"
TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
# Internal tag set: BILOU (why: explicit last/unit tags help a greedy-ish linear model).
TAGS: tuple[str, ...] = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in "BILU")
TAG_INDEX: dict[str, int] = {t: i for i, t in enumerate(TAGS)}
NEG = -1e6


def allowed(prev: str, cur: str) -> bool:
    """Whether BILOU tag ``cur`` may follow ``prev`` ("<s>"/"</s>" for the edges)."""
    p_open = prev[0] in "BI"
    c_cont = cur[0] in "IL"
    if p_open:
        return c_cont and prev[2:] == cur[2:]
    return not c_cont


def constraint_arrays() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Masks (0 or NEG) for transitions, start and end (why: never emit broken BILOU)."""
    n = len(TAGS)
    trans = np.zeros((n, n), dtype=np.float32)
    start = np.zeros(n, dtype=np.float32)
    end = np.zeros(n, dtype=np.float32)
    for i, a in enumerate(TAGS):
        if a[0] in "IL":
            start[i] = NEG
        if a[0] in "BI":
            end[i] = NEG
        for j, b in enumerate(TAGS):
            if not allowed(a, b):
                trans[i, j] = NEG
    return trans, start, end


def viterbi(emit: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    """Best tag-index path for one sentence given emission scores (n, T)."""
    n, t = emit.shape
    if n == 0:
        return []
    score = start + emit[0]
    if n == 1:
        return [int(np.argmax(score + end))]
    back = np.empty((n, t), dtype=np.intp)
    cols = np.arange(t)
    for k in range(1, n):
        cand = score[:, None] + trans
        b = cand.argmax(0)
        back[k] = b
        score = cand[b, cols] + emit[k]
    best = int(np.argmax(score + end))
    path = [best]
    for k in range(n - 1, 0, -1):
        best = int(back[k, best])
        path.append(best)
    path.reverse()
    return path


@dataclass
class Model:
    """Loaded weights: feature vocabulary, emission weights and transition scores."""

    vocab: dict[str, int]
    weights: np.ndarray  # (n_features, n_tags) float32
    trans: np.ndarray  # (n_tags, n_tags), constraints folded in
    start: np.ndarray
    end: np.ndarray

    def emissions(self, feats: list[list[str]]) -> np.ndarray:
        """Score every tag for every token of a sentence (sum of feature weight rows)."""
        get = self.vocab.get
        ids: list[int] = []
        offsets: list[int] = []
        for f in feats:
            offsets.append(len(ids))
            ids.extend(j for j in map(get, f) if j is not None)
        if not offsets:
            return np.zeros((0, len(TAGS)), dtype=np.float32)
        rows = self.weights[np.asarray(ids, dtype=np.intp)]
        return np.add.reduceat(rows, np.asarray(offsets, dtype=np.intp), axis=0)

    def tag_doc(self, doc: list[list[str]]) -> list[list[str]]:
        """BILOU tags for one document's sentences."""
        out: list[list[str]] = []
        for sent_feats in F.doc_features(doc):
            if not sent_feats:
                out.append([])
                continue
            path = viterbi(self.emissions(sent_feats), self.trans, self.start, self.end)
            out.append([TAGS[i] for i in path])
        return out


def save_model(path: Path, features: list[str], weights: np.ndarray, trans: np.ndarray,
               start: np.ndarray, end: np.ndarray, meta: str) -> None:
    """Write weights as a compressed .npz of plain arrays (why: safe to load, no pickle)."""
    blob = np.frombuffer("\n".join(features).encode("utf-8"), dtype=np.uint8)
    scale = float(np.abs(weights).max()) / 32767.0 or 1.0
    q = np.round(weights / scale).astype(np.int16)
    np.savez_compressed(
        path, features=blob, weights=q, scale=np.array([scale], dtype=np.float64),
        trans=trans.astype(np.float32), start=start.astype(np.float32),
        end=end.astype(np.float32), tags=np.frombuffer(" ".join(TAGS).encode(), dtype=np.uint8),
        meta=np.frombuffer(meta.encode("utf-8"), dtype=np.uint8),
        version=np.array([F.FEATURE_VERSION], dtype=np.int32),
    )


def load_model(path: Path = MODEL_PATH) -> Model:
    """Read an .npz written by ``save_model`` (allow_pickle=False)."""
    with np.load(path, allow_pickle=False) as z:
        if int(z["version"][0]) != F.FEATURE_VERSION:
            raise ValueError(f"{path.name}: feature version {int(z['version'][0])} "
                             f"!= {F.FEATURE_VERSION}; retrain with tools/train_ner.py")
        if bytes(z["tags"]).decode() != " ".join(TAGS):
            raise ValueError(f"{path.name}: tag set mismatch")
        names = bytes(z["features"]).decode("utf-8").split("\n")
        weights = z["weights"].astype(np.float32) * np.float32(z["scale"][0])
        cons_t, cons_s, cons_e = constraint_arrays()
        return Model(
            vocab={n: i for i, n in enumerate(names)},
            weights=weights,
            trans=z["trans"] + cons_t,
            start=z["start"] + cons_s,
            end=z["end"] + cons_e,
        )


_MODEL: Model | None = None
_LOCK = threading.Lock()


def model() -> Model:
    """The shipped model, loaded on first use only (why: startup stays fast)."""
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = load_model()
    return _MODEL


def bilou_to_bio(tags: list[str]) -> list[str]:
    """BILOU -> BIO (IOB2): L becomes I, U becomes B."""
    out = []
    for t in tags:
        if t[0] == "L":
            out.append("I" + t[1:])
        elif t[0] == "U":
            out.append("B" + t[1:])
        else:
            out.append(t)
    return out


def tag_sentences(sentences: list[list[str]]) -> list[list[str]]:
    """BIO labels ("B-PER", "I-ORG", "O", ...) for the tokens of ONE document's sentences.

    Pass a whole document at once: the tagger uses document-level case evidence.
    """
    clean = [[t if t and not t.isspace() else "_" for t in s] for s in sentences]
    if not any(clean):
        return [[] for _ in sentences]
    return [bilou_to_bio(tags) for tags in model().tag_doc(clean)]


def entities(tokens: list[str], labels: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans (token start, end exclusive, type) from BIO (or IOB1/BILOU) labels."""
    del tokens  # spans depend on labels only; tokens kept for a readable call site
    spans: list[tuple[int, int, str]] = []
    start = -1
    typ = ""
    for i, lab in enumerate(labels):
        prefix, _, t = lab.partition("-")
        if prefix == "O" or not t:
            if start >= 0:
                spans.append((start, i, typ))
            start = -1
            continue
        if start >= 0 and (prefix in ("B", "U") or t != typ):
            spans.append((start, i, typ))
            start = -1
        if start < 0:
            start, typ = i, t
        if prefix in ("L", "U"):
            spans.append((start, i + 1, typ))
            start = -1
    if start >= 0:
        spans.append((start, len(labels), typ))
    return spans
