"""Train the shipped NER weights (brief/actors/data/ner-v1.npz) on CoNLL 2003.

Usage: python tools/train_ner.py [TRAIN] [DEV] [--epochs N] [--out PATH]
Defaults: ../shared/eval/conll2003/eng.train and eng.testa next to the repo.
Deterministic (fixed seed, no threads), so rerunning reproduces the shipped file.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from brief.actors import features as F  # noqa: E402
from brief.actors import ner  # noqa: E402

DATA = ROOT.parent / "shared" / "eval" / "conll2003"
SEED = 20030531

Doc = list[tuple[list[str], list[str]]]


def read_conll(path: Path) -> list[Doc]:
    """Documents of (tokens, IOB1 labels) sentences; -DOCSTART- separates documents."""
    docs: list[Doc] = [[]]
    toks: list[str] = []
    labs: list[str] = []

    def flush() -> None:
        if toks:
            docs[-1].append((toks.copy(), labs.copy()))
            toks.clear()
            labs.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            flush()
        elif parts[0] == "-DOCSTART-":
            flush()
            if docs[-1]:
                docs.append([])
        else:
            toks.append(parts[0])
            labs.append(parts[-1])
    flush()
    return [d for d in docs if d]


def iob_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans from IOB1 or IOB2 labels (conlleval chunk semantics)."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    prev = "O"
    for i, lab in enumerate(labels + ["O"]):
        p, _, t = lab.partition("-")
        begins = p == "B" or (p == "I" and (prev == "O" or prev[2:] != t))
        if start >= 0 and (p == "O" or begins):
            spans.append((start, i, typ))
            start = -1
        if p != "O" and (begins or start < 0):
            start, typ = i, t
        prev = lab
    return spans


def to_bilou(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    """BILOU tags for a sentence of length ``n`` with the given entity spans."""
    tags = ["O"] * n
    for s, e, t in spans:
        if e - s == 1:
            tags[s] = "U-" + t
        else:
            tags[s] = "B-" + t
            for k in range(s + 1, e - 1):
                tags[k] = "I-" + t
            tags[e - 1] = "L-" + t
    return tags


def featurize(docs: list[Doc]) -> list[list[list[str]]]:
    """Feature strings per token, sentences flattened over documents (order kept)."""
    out: list[list[list[str]]] = []
    for d in docs:
        out.extend(F.doc_features([t for t, _ in d]))
    return out


class Data:
    """A corpus as flat feature-id arrays per sentence plus gold tag indices."""

    def __init__(self, feats: list[list[list[str]]], gold: list[list[int]],
                 vocab: dict[str, int]) -> None:
        self.ids: list[np.ndarray] = []
        self.offsets: list[np.ndarray] = []
        self.gold = [np.asarray(g, dtype=np.intp) for g in gold]
        get = vocab.get
        for sent in feats:
            ids: list[int] = []
            offs: list[int] = []
            for f in sent:
                offs.append(len(ids))
                ids.extend(j for j in map(get, f) if j is not None)
            self.ids.append(np.asarray(ids, dtype=np.intp))
            self.offsets.append(np.asarray(offs, dtype=np.intp))


def decode(data: Data, W: np.ndarray, trans: np.ndarray, start: np.ndarray,
           end: np.ndarray) -> list[list[int]]:
    """Viterbi paths for every sentence of ``data``."""
    out = []
    for ids, offs in zip(data.ids, data.offsets):
        emit = np.add.reduceat(W[ids], offs, axis=0)
        out.append(ner.viterbi(emit, trans, start, end))
    return out


def f1_pol(golds: list[list[str]], preds: list[list[str]]) -> tuple[float, float]:
    """(all-type F1, PER/ORG/LOC F1) over sentences of label strings."""
    tp = Counter()
    np_ = Counter()
    ng = Counter()
    for g, p in zip(golds, preds):
        gs = set(iob_spans(g))
        ps = set(ner.entities([], p))
        for s in gs:
            ng[s[2]] += 1
        for s in ps:
            np_[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1

    def f(types: tuple[str, ...]) -> float:
        t = sum(tp[x] for x in types)
        pp = sum(np_[x] for x in types)
        gg = sum(ng[x] for x in types)
        return 200.0 * t / (pp + gg) if pp + gg else 0.0

    return f(ner.TYPES), f(("PER", "ORG", "LOC"))


def main(argv: list[str] | None = None) -> int:
    """Train, report dev F1 per epoch, save the averaged weights."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("train", nargs="?", default=str(DATA / "eng.train"))
    ap.add_argument("dev", nargs="?", default=str(DATA / "eng.testa"))
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--out", default=str(ner.MODEL_PATH))
    args = ap.parse_args(argv)
    t0 = time.time()
    train_docs = read_conll(Path(args.train))
    dev_docs = read_conll(Path(args.dev))
    train_feats = featurize(train_docs)
    dev_feats = featurize(dev_docs)
    train_gold = [[ner.TAG_INDEX[t] for t in to_bilou(len(toks), iob_spans(labs))]
                  for d in train_docs for toks, labs in d]
    dev_labels = [labs for d in dev_docs for _, labs in d]
    counts: Counter[str] = Counter(f for s in train_feats for tok in s for f in tok)
    names = sorted(f for f, c in counts.items() if c >= args.min_count)
    vocab = {f: i for i, f in enumerate(names)}
    train = Data(train_feats, train_gold, vocab)
    dev = Data(dev_feats, [[0] * len(s) for s in dev_feats], vocab)
    print(f"features: {len(names)}  train sents: {len(train.ids)}  "
          f"prep {time.time() - t0:.1f}s", flush=True)

    T = len(ner.TAGS)
    cons_t, cons_s, cons_e = ner.constraint_arrays()
    W = np.zeros((len(names), T), dtype=np.float32)
    Wu = np.zeros((len(names), T), dtype=np.float64)
    tr = np.zeros((T, T), dtype=np.float32)
    tru = np.zeros((T, T), dtype=np.float64)
    st = np.zeros(T, dtype=np.float32)
    stu = np.zeros(T, dtype=np.float64)
    en = np.zeros(T, dtype=np.float32)
    enu = np.zeros(T, dtype=np.float64)
    rng = np.random.RandomState(SEED)
    c = 1.0
    order = np.arange(len(train.ids))
    best = None
    for epoch in range(1, args.epochs + 1):
        rng.shuffle(order)
        errors = 0
        for si in order:
            ids, offs, gold = train.ids[si], train.offsets[si], train.gold[si]
            emit = np.add.reduceat(W[ids], offs, axis=0)
            pred = np.asarray(ner.viterbi(emit, tr + cons_t, st + cons_s, en + cons_e))
            wrong = np.nonzero(pred != gold)[0]
            if len(wrong):
                errors += len(wrong)
                ends = np.append(offs[1:], len(ids))
                for k in wrong:
                    rows = ids[offs[k]:ends[k]]
                    g, p = gold[k], pred[k]
                    W[rows, g] += 1
                    W[rows, p] -= 1
                    Wu[rows, g] += c
                    Wu[rows, p] -= c
                for seq, d in ((gold, 1.0), (pred, -1.0)):
                    np.add.at(tr, (seq[:-1], seq[1:]), d)
                    np.add.at(tru, (seq[:-1], seq[1:]), d * c)
                    st[seq[0]] += d
                    stu[seq[0]] += d * c
                    en[seq[-1]] += d
                    enu[seq[-1]] += d * c
            c += 1
        Wa = (W - Wu / c).astype(np.float32)
        tra = (tr - tru / c).astype(np.float32)
        sta = (st - stu / c).astype(np.float32)
        ena = (en - enu / c).astype(np.float32)
        paths = decode(dev, Wa, tra + cons_t, sta + cons_s, ena + cons_e)
        preds = [ner.bilou_to_bio([ner.TAGS[i] for i in p]) for p in paths]
        f_all, f_pol = f1_pol(dev_labels, preds)
        print(f"epoch {epoch}: train token errors {errors}  dev F1 all {f_all:.2f}  "
              f"PER/ORG/LOC {f_pol:.2f}  ({time.time() - t0:.0f}s)", flush=True)
        best = (Wa, tra, sta, ena)
    assert best is not None
    Wa, tra, sta, ena = best
    keep = np.nonzero(np.abs(Wa).max(axis=1) > 1e-3)[0]
    kept = [names[i] for i in keep]
    meta = (f"{ner.MODEL_NAME}: averaged perceptron, BILOU, epochs={args.epochs}, "
            f"min_count={args.min_count}, seed={SEED}, trained on {Path(args.train).name}")
    ner.save_model(Path(args.out), kept, Wa[keep], tra, sta, ena, meta)
    size = Path(args.out).stat().st_size
    print(f"saved {args.out}: {len(kept)} features, {size / 1e6:.2f} MB "
          f"({time.time() - t0:.0f}s total)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
