"""ROUGE on a CNN/DailyMail slice (single-document): every registered method vs LEAD-3.

Usage: ``python bench/rouge_cnndm.py [FILE]`` (default: ``../shared/eval/cnndm/dev.jsonl`` relative to
the repository root; fields ``article`` and ``reference``).

Each article goes through brief's ingest and segmentation; each method picks 3 sentences, joined in
document order, and is scored against the reference highlights with ROUGE-1/2/L F1 ×100
(rouge-score, Porter stemming, stop words kept; ROUGE-L is the summary-level ``rougeLsum``, one
sentence per line, as in See et al.'s pyrouge numbers), averaged over articles. LEAD-3 is the registry's ``lead`` method on the same sentences, so the comparison is fair.
The default method and LEAD-3 are also shown on the even- and odd-numbered articles separately: settings
are chosen on one half and confirmed on the other, and a gain should hold on both; and the default's
R-1 lead over LEAD-3 per fold (article i in fold i % 5).
The last line is ``default (NAME) R-1/R-2/R-L: a / b / c  LEAD-3: d / e / f``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from _common import EVAL, load_articles, print_table, read_jsonl, scorer

from brief.summarize.registry import DEFAULT_METHOD, METHODS, summarize

DEFAULT_FILE = EVAL / "cnndm/dev.jsonl"
SENTENCES = 3
FOLDS = 5
"""The default method's lead over LEAD-3 is also shown per fold (article i in fold i % 5): a change
should help on most folds, not only pooled."""
_HIGHLIGHT_END = re.compile(r"(?<= [.!?]) +")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated registry methods")
    args = parser.parse_args(argv)
    methods = [m for m in args.methods.split(",") if m]
    if "lead" not in methods:
        methods.append("lead")

    rouge = scorer(["rouge1", "rouge2", "rougeLsum"])
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    halves: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    folds: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    seconds: dict[str, float] = defaultdict(float)
    records = list(read_jsonl(args.file))
    for number, record in enumerate(records):
        articles, sentences = load_articles([record["article"]])
        article_sentences = sentences[articles[0].id]
        # Highlights come tokenized, one after another ("... home . Bluesman ..."): one per line.
        reference = "\n".join(_HIGHLIGHT_END.split(record["reference"].strip()))
        for method in methods:
            started = time.perf_counter()
            picked = summarize(article_sentences, SENTENCES, method)
            seconds[method] += time.perf_counter() - started
            candidate = "\n".join(article_sentences[p].text for p in picked)
            result = rouge.score(reference, candidate)
            for k, kind in enumerate(("rouge1", "rouge2", "rougeLsum")):
                totals[method][k] += 100 * result[kind].fmeasure
                halves[method, number % 2][k] += 100 * result[kind].fmeasure
                folds[method, number % FOLDS][k] += 100 * result[kind].fmeasure

    n = len(records)
    mean = {m: [v / n for v in totals[m]] for m in methods}
    rows = []
    for method in sorted(methods, key=lambda m: -mean[m][0]):
        name = "LEAD-3 (lead)" if method == "lead" else method + (" (default)" if method == DEFAULT_METHOD else "")
        rows.append([name, *mean[method], f"{seconds[method]:.1f}"])
    print(f"CNN/DailyMail: {n} articles, {SENTENCES} sentences each, ROUGE F1 x100, stemmed, stop words kept")
    print_table(["method", "R-1", "R-2", "R-L", "seconds"], rows)
    if DEFAULT_METHOD in mean:
        for half, name in enumerate(("even", "odd")):
            size = len(range(half, n, 2)) or 1
            d, lead = ([v / size for v in halves[m, half]] for m in (DEFAULT_METHOD, "lead"))
            print(f"{name} articles ({size}): {DEFAULT_METHOD} {d[0]:.2f} / {d[1]:.2f} / {d[2]:.2f}  "
                  f"LEAD-3 {lead[0]:.2f} / {lead[1]:.2f} / {lead[2]:.2f}")
        gaps = [(folds[DEFAULT_METHOD, f][0] - folds["lead", f][0]) / max(len(range(f, n, FOLDS)), 1) for f in range(FOLDS)]
        print(f"{DEFAULT_METHOD} - LEAD-3 R-1 by fold (article i in fold i % {FOLDS}): "
              + " ".join(f"{g:+.2f}" for g in gaps))
        d, lead = mean[DEFAULT_METHOD], mean["lead"]
        print(f"default ({DEFAULT_METHOD}) R-1/R-2/R-L: {d[0]:.2f} / {d[1]:.2f} / {d[2]:.2f}  "
              f"LEAD-3: {lead[0]:.2f} / {lead[1]:.2f} / {lead[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
