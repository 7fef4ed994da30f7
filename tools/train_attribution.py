"""Train the attribution tagger weights from PolNeAR train; reproduces the shipped model.

Usage: ``python tools/train_attribution.py [TRAIN_DIR] [OUT]`` (defaults: ``../shared/eval/polnear/train``
and ``brief/actors/data/attribution-model.npz``). Deterministic (fixed seed, fixed zip timestamps),
so re-running writes the same file. Every annotator's file is used as a separate document.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from attribution_polnear import GoldAttribution, load_dir  # noqa: E402

from brief.actors.attribution import (  # noqa: E402
    MODEL_PATH,
    Doc,
    build_doc,
    build_prefix,
    cue_features,
    gated,
    save_model,
    walk_source,
)
from brief.actors.attribution.probe import feature_fingerprint  # noqa: E402
from brief.actors.cues import SEED_CUES, tagger_stem  # noqa: E402

EPOCHS_CUE = 6
EPOCHS_SRC = 6
MIN_CUE_COUNT = 2
MIN_CUE_RATE = 0.06


class Trainer:
    """Binary averaged perceptron (lazy averaging with timestamps)."""

    def __init__(self) -> None:
        self.w: dict[str, float] = defaultdict(float)
        self.total: dict[str, float] = defaultdict(float)
        self.stamp: dict[str, int] = defaultdict(int)
        self.t = 0

    def score(self, feats: list[str]) -> float:
        w = self.w
        return sum(w.get(f, 0.0) for f in feats)

    def update(self, feats: list[str], y: int, pred: int) -> None:
        """One example; weights move only on a mistake."""
        self.t += 1
        if y == pred:
            return
        delta = 1.0 if y else -1.0
        for f in feats:
            self.total[f] += (self.t - self.stamp[f]) * self.w[f]
            self.stamp[f] = self.t
            self.w[f] += delta

    def averaged(self, prune: float = 1e-3) -> dict[str, float]:
        out = {}
        for f, w in self.w.items():
            tot = self.total[f] + (self.t - self.stamp[f]) * w
            avg = tot / max(self.t, 1)
            if abs(avg) >= prune:
                out[f] = round(avg, 4)
        return dict(sorted(out.items()))


def token_range(doc: Doc, span: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """Tokens overlapping a (possibly discontinuous) span's hull."""
    a, b = span[0][0], span[-1][1]
    idx = [i for i, (s, e) in enumerate(doc.spans) if s < b and a < e]
    return (idx[0], idx[-1] + 1) if idx else None


def prepare(directory: Path) -> list[tuple[Doc, list[tuple[tuple[int, int], tuple[int, int] | None]]]]:
    """(doc, [(cue tokens, source tokens)]) per annotator file."""
    return prepare_articles(load_dir(directory).values())


def prepare_articles(
    articles: Iterable[tuple[str, list[list[GoldAttribution]]]],
) -> list[tuple[Doc, list[tuple[tuple[int, int], tuple[int, int] | None]]]]:
    """``prepare`` for already loaded articles (text, relations per annotator): lets the bench train on part of train."""
    out = []
    for text, annotators in articles:
        doc = build_doc(text, as_trained=True)  # the split the shipped weights were trained on
        for rels in annotators:
            pairs = []
            for r in rels:
                c = token_range(doc, r.cue)
                if c is None:
                    continue
                s = token_range(doc, r.source) if r.source else None
                pairs.append((c, s))
            out.append((doc, pairs))
    return out


def train(
    data: list[tuple[Doc, list[tuple[tuple[int, int], tuple[int, int] | None]]]], log: Callable[[str], None] = print
) -> tuple[set[str], dict[str, float], dict[str, float]]:
    """Gate vocabulary and averaged cue/source weights from prepared documents (shuffles ``data``).

    Separate from ``main`` so that experiments can train on a part of train and score the rest.
    """
    rng = random.Random(13)

    # gate vocabulary: lemmas that are a cue token often enough (count and rate), plus the seeds
    counts: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for doc, pairs in data:
        seen.update(doc.lemmas)
        for (c0, c1), _ in pairs:
            for k in range(c0, c1):
                counts[doc.lemmas[k]] += 1
    vocab = {lm for lm, n in counts.items() if n >= MIN_CUE_COUNT and n >= MIN_CUE_RATE * seen[lm]}
    vocab |= {tagger_stem(w) for w in SEED_CUES}
    covered = total = 0
    for doc, pairs in data:
        for (c0, c1), _ in pairs:
            for k in range(c0, c1):
                total += 1
                covered += gated(doc, k, 1 if k > c0 else 0, frozenset(vocab))
    log(f"cue vocab {len(vocab)} lemmas, gate passes {covered / max(total, 1):.3f} of cue tokens")

    cue = Trainer()
    for epoch in range(EPOCHS_CUE):
        rng.shuffle(data)
        err = tot = 0
        for doc, pairs in data:
            gold = [0] * len(doc.words)
            for (c0, c1), _ in pairs:
                for k in range(c0, c1):
                    gold[k] = 1
            prev = 0
            fvocab = frozenset(vocab)
            for i in range(len(doc.lemmas)):
                if i and doc.sent[i] != doc.sent[i - 1]:
                    prev = 0
                if gated(doc, i, prev, fvocab):
                    feats = cue_features(doc, i, prev)
                    pred = 1 if cue.score(feats) > 0 else 0
                    cue.update(feats, gold[i], pred)
                    err += pred != gold[i]
                    tot += 1
                    prev = pred
                else:
                    prev = 0
        log(f"cue epoch {epoch}: {err}/{tot} errors")

    src = Trainer()
    stats = [0, 0]

    def counted(feats: list[str], y: int, pred: int) -> None:
        stats[0] += y != pred
        stats[1] += 1
        src.update(feats, y, pred)

    for epoch in range(EPOCHS_SRC):
        rng.shuffle(data)
        stats[:] = [0, 0]
        for doc, pairs in data:
            mask = [False] * len(doc.words)
            for (c0, c1), _ in pairs:
                for k in range(c0, c1):
                    mask[k] = True
            pre = build_prefix(doc, mask)
            for (c0, c1), s in pairs:
                walk_source(doc, pre, c0, c1, src.score, s, counted)
        log(f"source epoch {epoch}: {stats[0]}/{stats[1]} errors")
    return vocab, cue.averaged(), src.averaged()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("train_dir", nargs="?", type=Path, default=ROOT.parent / "shared/eval/polnear/train",
                        help="PolNeAR train folder (with text/ and attributions/); default ../shared/eval/polnear/train")
    parser.add_argument("out", nargs="?", type=Path, default=MODEL_PATH, help=f"weights to write; default {MODEL_PATH}")
    args = parser.parse_args(argv[1:])
    train_dir, out_path = args.train_dir, args.out
    if not (train_dir / "attributions").is_dir():
        parser.error(f"{train_dir}: no attributions/ folder here, not a PolNeAR split")
    vocab, cue_weights, source_weights = train(prepare(train_dir))
    out_path.parent.mkdir(parents=True, exist_ok=True)
    save_model(out_path, vocab, cue_weights, source_weights, feature_fingerprint(vocab))
    print(f"wrote {out_path} ({out_path.stat().st_size} bytes; {len(cue_weights)} cue + {len(source_weights)} source weights)")


if __name__ == "__main__":
    main(sys.argv)
