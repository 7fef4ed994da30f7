"""ROUGE on DUC 2004 Task 2 (multi-document): our briefing vs sumy's methods vs published systems.

Usage: ``python bench/rouge_duc2004.py [FILE] [--no-sumy] [--timeout SECONDS]``
(default FILE: ``../shared/eval/duc2004/dev.jsonl`` relative to the repository root).

Every summary is scored the same way, in this run: the candidate is cut to its first 100 words,
ROUGE-1 and ROUGE-2 recall (rouge-score, Porter stemming, stop words kept) against each of the
cluster's four references, averaged over the references, then over clusters, ×100.
- ``briefing``: ``build_briefing(words=100)`` over the cluster's ten articles.
- sumy's methods (and ours) through the registry, over the pooled cluster, asked for enough
  sentences to pass 100 words, in document order. Slow methods are capped per cluster
  (``--timeout``); after ``GIVE_UP`` timeouts a method is dropped for the remaining clusters, and
  its row averages only the clusters it finished (the note says how many).
- ``sumrepo_peers``: the published systems' own outputs (Hong et al. 2014), re-scored here.
The last line is ``briefing R-1: NN.NN  R-2: NN.NN  (Submodular R-1 NN.NN, ICSISumm R-2 NN.NN)``.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

from _common import EVAL, load_articles, print_table, read_jsonl, run_with_timeout, scorer, truncate_words

from brief.model import Sentence
from brief.summarize.briefing import build_briefing
from brief.summarize.registry import METHODS, summarize

DEFAULT_FILE = EVAL / "duc2004/dev.jsonl"
WORDS = 100
SLOW = {"kl", "textrank", "reduction", "lexrank"}
GIVE_UP = 3


def method_summary(pooled: list[Sentence], method: str) -> str:
    """A registry method's pick over the pooled cluster, enough sentences to pass the word limit."""
    mean = sum(len(s.text.split()) for s in pooled) / max(len(pooled), 1)
    count = math.ceil(WORDS / max(mean, 1.0)) + 2
    return " ".join(pooled[p].text for p in summarize(pooled, count, method))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--no-sumy", action="store_true", help="score only the briefing and the published systems")
    parser.add_argument("--timeout", type=float, default=15.0, help="seconds per cluster for slow sumy methods")
    args = parser.parse_args(argv)

    rouge = scorer(["rouge1", "rouge2"])
    recall: dict[str, list[tuple[float, float]]] = defaultdict(list)
    timeouts: dict[str, int] = defaultdict(int)
    seconds: dict[str, float] = defaultdict(float)

    def score(system: str, text: str, references: list[str]) -> None:
        candidate = truncate_words(text, WORDS)
        r1 = r2 = 0.0
        for reference in references:
            result = rouge.score(reference, candidate)
            r1 += result["rouge1"].recall
            r2 += result["rouge2"].recall
        recall[system].append((100 * r1 / len(references), 100 * r2 / len(references)))

    clusters = list(read_jsonl(args.file))
    for cluster in clusters:
        references = [r["text"] for r in cluster["references"]]
        articles, sentences = load_articles([d["text"] for d in cluster["docs"]], [d["name"] for d in cluster["docs"]])
        started = time.perf_counter()
        items = build_briefing(articles, sentences, words=WORDS)
        seconds["briefing"] += time.perf_counter() - started
        score("briefing", " ".join(item.text for item in items), references)
        for system, text in sorted(cluster["sumrepo_peers"].items()):
            score(system, text, references)
        if args.no_sumy:
            continue
        pooled = [s for a in articles for s in sentences[a.id]]
        for method in METHODS:
            started = time.perf_counter()
            if method in SLOW:
                if timeouts[method] >= GIVE_UP:
                    continue
                text = run_with_timeout(method_summary, (pooled, method), args.timeout)
                if text is None:
                    timeouts[method] += 1
                    continue
            else:
                text = method_summary(pooled, method)
            seconds[method] += time.perf_counter() - started
            score(method, text, references)

    def mean(system: str, k: int) -> float:
        return sum(r[k] for r in recall[system]) / len(recall[system])

    rows = []
    for system in sorted(recall, key=lambda s: -mean(s, 0)):
        kind = "ours" if system == "briefing" else "published" if system in clusters[0]["sumrepo_peers"] else "registry"
        done = len(recall[system])
        note = f"{done}/{len(clusters)} clusters (timed out)" if done < len(clusters) else ""
        secs = f"{seconds[system]:.1f}" if system in seconds else ""
        rows.append([system, kind, mean(system, 0), mean(system, 1), secs, note])
    print(f"DUC 2004 Task 2: {len(clusters)} clusters, ROUGE recall x100, {WORDS} words, stemmed, stop words kept")
    print_table(["system", "kind", "R-1", "R-2", "seconds", "note"], rows)
    sub = mean("Submodular", 0) if "Submodular" in recall else float("nan")
    icsi = mean("ICSISumm", 1) if "ICSISumm" in recall else float("nan")
    print(f"briefing R-1: {mean('briefing', 0):.2f}  R-2: {mean('briefing', 1):.2f}  "
          f"(Submodular R-1 {sub:.2f}, ICSISumm R-2 {icsi:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
