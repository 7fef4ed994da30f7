"""Fit the briefing's learned concept worth (brief/summarize/concept_model.py) on the DUC 2004 dev clusters.

Usage: ``python tools/train_concept_weights.py [FILE] [--out PATH]`` (default FILE:
``../shared/eval/duc2004/dev.jsonl``, default PATH: ``brief/summarize/data/concept_weights.json``).

Each cluster's counted concepts (those ``salience.concept_weights`` gives a worth) are examples: their
``concept_model.FEATURES`` and, as the target, the share of the cluster's four reference summaries
that use them (stemmed as the concepts are). A logistic regression (scikit-learn, L2, lbfgs) fits
the shares, each fitted as that much weight on "in" and the rest on "out". The same data give the
same file byte for byte (numbers rounded to ``DIGITS``). bench/rouge_duc2004.py --folds fits the same
way on four folds and scores the fifth.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from brief.model import Article, Sentence  # noqa: E402
from brief.summarize.concept_model import WEIGHTS, ConceptModel, concept_table  # noqa: E402
from brief.summarize.relative_time import without_relative_time  # noqa: E402
from brief.summarize.salience import UNIGRAM_SHARE, Settings, features  # noqa: E402
from brief.summarize.vectors import stem  # noqa: E402
from brief.text.tokens import word_tokens  # noqa: E402

DIGITS = 8
"""Decimals kept of every fitted number: far below what changes a choice, and the same bytes on
any machine whose floating point rounds the fit's last digits differently."""

REGULARISATION = 1.0
"""scikit-learn's C: the inverse of the L2 penalty on the standardised features (0.01 scored alike
on the dev folds)."""

COUNTED = Settings()
"""The features are computed on the counted worth (no learned model)."""


def reference_share(names: Sequence[tuple[str, ...]], references: Sequence[str]) -> np.ndarray:
    """Per concept (its stems), the share of ``references`` that use it, one line a sentence."""
    found = np.zeros(len(names))
    for reference in references:
        seen: set[tuple[str, ...]] = set()
        for line in reference.splitlines():
            stems = [stem(w.lower()) for w in word_tokens(line)]
            seen.update((s,) for s in stems)
            seen.update(zip(stems, stems[1:]))
        found += np.array([name in seen for name in names], dtype=float)
    return found / max(len(references), 1)


def examples(
    articles: Sequence[Article], sentences: dict[int, tuple[Sentence, ...]], references: Sequence[str],
) -> tuple[np.ndarray, np.ndarray]:
    """A cluster's counted concepts: their features and their reference shares, pooled as
    ``build_briefing`` pools them (without the relative times it leaves out)."""
    pooled = [replace(s, text=without_relative_time(s.text)) for a in articles for s in sentences.get(a.id, ())]
    counted = features(pooled, COUNTED)
    rows, names = concept_table([s.text for s in pooled], counted.concepts, counted.weights, counted.positions,
                                np.array([s.article for s in pooled]))
    kept = counted.weights > 0
    return rows[kept], reference_share([n for n, k in zip(names, kept) if k], references)


def fit(data: Sequence[tuple[np.ndarray, np.ndarray]]) -> ConceptModel:
    """The logistic regression of the reference shares on the standardised features."""
    from sklearn.linear_model import LogisticRegression

    rows = np.vstack([r for r, _ in data])
    shares = np.concatenate([s for _, s in data])
    mean, scale = rows.mean(axis=0), rows.std(axis=0) + 1e-9
    z = (rows - mean) / scale
    model = LogisticRegression(C=REGULARISATION, max_iter=2000)
    model.fit(np.vstack([z, z]), np.r_[np.ones(len(shares)), np.zeros(len(shares))],
              sample_weight=np.r_[shares, 1 - shares] + 1e-9)

    def rounded(values: np.ndarray) -> tuple[float, ...]:
        return tuple(round(float(v), DIGITS) for v in values)

    return ConceptModel(rounded(mean), rounded(scale), rounded(model.coef_.ravel()),
                        round(float(model.intercept_[0]), DIGITS), UNIGRAM_SHARE)


def main(argv: list[str] | None = None) -> int:
    from _common import EVAL, load_articles, read_jsonl

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=EVAL / "duc2004/dev.jsonl")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    data = []
    for cluster in read_jsonl(args.file):
        articles, sentences = load_articles([d["text"] for d in cluster["docs"]], [d["name"] for d in cluster["docs"]])
        data.append(examples(articles, sentences, [r["text"] for r in cluster["references"]]))
    model = fit(data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(model.to_json(), encoding="utf-8")
    print(f"{args.out}: fitted on {sum(len(s) for _, s in data)} concepts of {len(data)} clusters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
