"""ROUGE on DUC 2004 Task 2 (multi-document): our briefing vs sumy's methods vs published systems.

Usage: ``python bench/rouge_duc2004.py [FILE] [--no-sumy] [--timeout SECONDS] [--folds K]``
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
Beside ROUGE, how the briefing opens: the opener's ROUGE-1 recall (its first item alone, not cut;
per fold, and the best that any order of the same items could open with, which bounds what
ordering alone can do),
and how many items of the default ``-n 7`` briefing (and of the 100-word one) start with a reference
to something no other item introduces (``order.unintroduced``); and the briefing's ROUGE on the even and odd clusters.
``--folds K`` cross-validates the method's settings (``GRID``): for each of K folds (cluster ``i``
in fold ``i % K``) the setting with the best mean R-1 + R-2 on the other folds is chosen and scored
on this one; it prints each fold, the mean and standard deviation over folds, and on how many
folds the shipped settings beat word-pair concepts alone (``WORD_PAIRS``) and the briefing whose
opener is not chosen (``NO_OPENER``: R-1, R-2 and the opener's recall, per fold), all with the concept
worth counted (``COUNTED``). Then the shipped method, concept worth learned from the references
(brief/summarize/concept_model.py), fitted on K-1 folds by tools/train_concept_weights.py and scored on
the K-th, every fold printed beside the counted worth: the shipped model was fitted on all 25 dev
clusters, so its dev score in the table above flatters it and this is the honest figure.
The last line is ``briefing R-1: NN.NN  R-2: NN.NN  (Submodular R-1 NN.NN, ICSISumm R-2 NN.NN)``.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from _common import (
    EVAL,
    ROOT,
    load_articles,
    print_table,
    read_jsonl,
    run_with_timeout,
    scorer,
    truncate_words,
)

from brief.model import Article, Sentence
from brief.summarize.briefing import build_briefing
from brief.summarize.cohesion import needs_antecedent
from brief.summarize.order import unintroduced
from brief.summarize.registry import METHODS, summarize
from brief.summarize.salience import DEFAULT, Settings

sys.path.insert(0, str(ROOT / "tools"))
import train_concept_weights as trainer  # noqa: E402

DEFAULT_FILE = EVAL / "duc2004/dev.jsonl"
WORDS = 100
SLOW = {"kl", "textrank", "reduction", "lexrank"}
GIVE_UP = 3
BRIEFING_SENTENCES = 7
"""The default briefing length (``-n 7``), on which items that point back are counted."""

FOLDS_SHOWN = 5
"""The opener is shown per fold as well (cluster i in fold i % 5, as ``--folds 5`` splits them)."""

COUNTED = Settings()
"""Concept worth counted (articles that use a concept, early ones more), before the learned worth."""

WORD_PAIRS = Settings(unigram_share=0.0)
"""The concepts as they were before issue 17: word pairs only."""

NO_OPENER = replace(COUNTED, opener_choices=0)
"""The briefing as it was before its opener was chosen: the most central of the chosen items opens."""

GRID = tuple(Settings(unigram_share=u) for u in (0.0, 0.5, 1.0, 2.0))
"""Settings the cross-validation chooses among: the share of single words' worth."""

Cluster = tuple[list[Article], dict[int, tuple[Sentence, ...]], list[str]]


def method_summary(pooled: list[Sentence], method: str) -> str:
    """A registry method's pick over the pooled cluster, enough sentences to pass the word limit."""
    mean = sum(len(s.text.split()) for s in pooled) / max(len(pooled), 1)
    count = math.ceil(WORDS / max(mean, 1.0)) + 2
    return " ".join(pooled[p].text for p in summarize(pooled, count, method))


def recall(rouge: object, text: str, references: list[str], limit: int | None = WORDS) -> tuple[float, float]:
    """ROUGE-1 and -2 recall x100 of ``text`` (cut to ``limit`` words), averaged over the references."""
    candidate = truncate_words(text, limit) if limit else text
    r1 = r2 = 0.0
    for reference in references:
        result = rouge.score(reference, candidate)  # type: ignore[attr-defined]
        r1 += result["rouge1"].recall
        r2 += result["rouge2"].recall
    return 100 * r1 / len(references), 100 * r2 / len(references)


def briefing_scores(rouge: object, clusters: list[Cluster], settings: Settings) -> list[tuple[float, float, float]]:
    """Per cluster: the 100-word briefing's ROUGE-1 and ROUGE-2 recall under ``settings``, and its
    opener's ROUGE-1 recall."""
    out = []
    for articles, sentences, references in clusters:
        items = build_briefing(articles, sentences, words=WORDS, settings=settings)
        opener = recall(rouge, items[0].text, references, None)[0] if items else 0.0
        out.append((*recall(rouge, " ".join(item.text for item in items), references), opener))
    return out


def _label(settings: Settings) -> str:
    return f"unigram share {settings.unigram_share:g}"


def cross_validate(rouge: object, clusters: list[Cluster], folds: int) -> None:
    """Choose the settings on K-1 folds, score them on the K-th; print folds, mean and spread."""
    scores = {settings: briefing_scores(rouge, clusters, settings) for settings in dict.fromkeys((*GRID, COUNTED, WORD_PAIRS, NO_OPENER))}
    fold_of = [i % folds for i in range(len(clusters))]

    def mean(settings: Settings, which: set[int], k: int) -> float:
        picked = [scores[settings][i][k] for i in range(len(clusters)) if fold_of[i] in which]
        return sum(picked) / len(picked)

    print(f"\n{folds}-fold cross-validation over {len(clusters)} clusters (cluster i in fold i % {folds}):")
    rows, tested, shipped, before, unchosen = [], [], [], [], []
    for fold in range(folds):
        train = set(range(folds)) - {fold}
        best = max(GRID, key=lambda s: (mean(s, train, 0) + mean(s, train, 1), -GRID.index(s)))
        tested.append((mean(best, {fold}, 0), mean(best, {fold}, 1)))
        shipped.append((mean(COUNTED, {fold}, 0), mean(COUNTED, {fold}, 1)))
        before.append((mean(WORD_PAIRS, {fold}, 0), mean(WORD_PAIRS, {fold}, 1)))
        unchosen.append((mean(NO_OPENER, {fold}, 0), mean(NO_OPENER, {fold}, 1), mean(NO_OPENER, {fold}, 2)))
        rows.append([f"fold {fold}", _label(best), *tested[-1], *shipped[-1], mean(COUNTED, {fold}, 2), *before[-1],
                     *unchosen[-1]])
    print_table(["fold", "chosen on the other folds", "R-1", "R-2", "counted R-1", "R-2", "opener", "pairs R-1", "R-2",
                 "opener not chosen R-1", "R-2", "opener"], rows)
    for name, values in (("chosen on the other folds", tested), ("counted worth", shipped), ("word pairs alone", before),
                         ("opener not chosen", unchosen)):
        r1 = [v[0] for v in values]
        r2 = [v[1] for v in values]
        print(f"{name:>26}: R-1 {_mean(r1):.2f} ± {_sd(r1):.2f}  R-2 {_mean(r2):.2f} ± {_sd(r2):.2f}  (mean ± sd over folds)")
    wins1 = sum(s[0] > b[0] for s, b in zip(shipped, before))
    wins2 = sum(s[1] > b[1] for s, b in zip(shipped, before))
    print(f"counted vs word pairs alone: R-1 better on {wins1} of {folds} folds, R-2 on {wins2} of {folds}")
    for k, name in enumerate(("R-1", "R-2", "opener")):
        better = sum(mean(COUNTED, {fold}, k) > u[k] for fold, u in enumerate(unchosen))
        worse = sum(mean(COUNTED, {fold}, k) < u[k] for fold, u in enumerate(unchosen))
        print(f"counted vs opener not chosen: {name} better on {better} of {folds} folds, worse on {worse}")
    print(f"shipped settings: {_label(DEFAULT)}, worth learned from the references")
    cross_validate_learned(rouge, clusters, folds, scores[COUNTED])


def cross_validate_learned(rouge: object, clusters: list[Cluster], folds: int,
                           shipped: list[tuple[float, float, float]]) -> None:
    """The learned concept worth (tools/train_concept_weights.py) fitted on K-1 folds and scored on
    the K-th, against the counted worth (``shipped``: its scores per cluster); prints every fold.
    This, not the shipped model's dev score (it was fitted on all 25 clusters), is the honest figure."""
    fold_of = [i % folds for i in range(len(clusters))]
    examples = [trainer.examples(*cluster) for cluster in clusters]
    learned: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0)] * len(clusters)
    for fold in range(folds):
        model = trainer.fit([e for e, f in zip(examples, fold_of) if f != fold])
        held = [i for i in range(len(clusters)) if fold_of[i] == fold]
        for i, score in zip(held, briefing_scores(rouge, [clusters[i] for i in held], replace(DEFAULT, learned=model))):
            learned[i] = score
    print(f"\nconcept worth learned on {folds - 1} folds (Li, Qian & Liu 2013), scored on the held-out fold:")
    rows, better = [], [0, 0, 0]
    for fold in range(folds):
        held = [i for i in range(len(clusters)) if fold_of[i] == fold]
        ours = [_mean([learned[i][k] for i in held]) for k in range(3)]
        base = [_mean([shipped[i][k] for i in held]) for k in range(3)]
        better = [b + (o > s) for b, o, s in zip(better, ours, base)]
        rows.append([f"fold {fold}", *ours, *base])
    print_table(["fold", "learned R-1", "R-2", "opener", "counted R-1", "R-2", "opener"], rows)
    for k, name in enumerate(("R-1", "R-2", "opener")):
        ours, base = [s[k] for s in learned], [s[k] for s in shipped]
        print(f"learned vs counted worth: {name} {_mean(ours):.2f} vs {_mean(base):.2f} (folds' sd {_sd(_fold_means(ours, folds)):.2f}), "
              f"better on {better[k]} of {folds} folds")


def _fold_means(values: list[float], folds: int) -> list[float]:
    return [_mean(values[fold::folds]) for fold in range(folds)]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _sd(values: list[float]) -> float:
    m = _mean(values)
    return math.sqrt(sum((v - m) ** 2 for v in values) / max(len(values) - 1, 1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--no-sumy", action="store_true", help="score only the briefing and the published systems")
    parser.add_argument("--timeout", type=float, default=15.0, help="seconds per cluster for slow sumy methods")
    parser.add_argument("--folds", type=int, default=0,
                        help="cross-validate the briefing's settings and its learned concept worth over K folds")
    args = parser.parse_args(argv)

    rouge = scorer(["rouge1", "rouge2"])
    recall_by_system: dict[str, list[tuple[float, float]]] = defaultdict(list)
    timeouts: dict[str, int] = defaultdict(int)
    seconds: dict[str, float] = defaultdict(float)

    def score(system: str, text: str, references: list[str]) -> None:
        scores[system].append(recall(rouge, text, references))

    scores = recall_by_system
    clusters = list(read_jsonl(args.file))
    loaded: list[Cluster] = []
    openers: list[float] = []
    best_openers: list[float] = []  # the best an order could open with: the best item that needs no antecedent
    pointing = items_seen = pointing_100 = items_100 = 0
    for cluster in clusters:
        references = [r["text"] for r in cluster["references"]]
        articles, sentences = load_articles([d["text"] for d in cluster["docs"]], [d["name"] for d in cluster["docs"]])
        loaded.append((articles, sentences, references))
        started = time.perf_counter()
        items = build_briefing(articles, sentences, words=WORDS)
        seconds["briefing"] += time.perf_counter() - started
        score("briefing", " ".join(item.text for item in items), references)
        alone = [recall(rouge, item.text, references, None)[0] for item in items]
        openers.append(alone[0] if alone else 0.0)
        best_openers.append(max((r for item, r in zip(items, alone) if needs_antecedent(item.text) is None), default=0.0))
        default = [item.text for item in build_briefing(articles, sentences, sentences_budget=BRIEFING_SENTENCES)]
        pointing += len(unintroduced(default))
        items_seen += len(default)
        pointing_100 += len(unintroduced([item.text for item in items]))
        items_100 += len(items)
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

    def mean(system: str, k: int, half: int | None = None) -> float:
        values = [r[k] for i, r in enumerate(scores[system]) if half is None or i % 2 == half]
        return sum(values) / len(values)

    rows = []
    for system in sorted(scores, key=lambda s: -mean(s, 0)):
        kind = "ours" if system == "briefing" else "published" if system in clusters[0]["sumrepo_peers"] else "registry"
        done = len(scores[system])
        note = f"{done}/{len(clusters)} clusters (timed out)" if done < len(clusters) else ""
        secs = f"{seconds[system]:.1f}" if system in seconds else ""
        rows.append([system, kind, mean(system, 0), mean(system, 1), secs, note])
    print(f"DUC 2004 Task 2: {len(clusters)} clusters, ROUGE recall x100, {WORDS} words, stemmed, stop words kept")
    print_table(["system", "kind", "R-1", "R-2", "seconds", "note"], rows)
    print(f"\nbriefing on even clusters R-1 {mean('briefing', 0, 0):.2f} R-2 {mean('briefing', 1, 0):.2f}, "
          f"odd R-1 {mean('briefing', 0, 1):.2f} R-2 {mean('briefing', 1, 1):.2f}")
    by_fold = " ".join(f"{_mean(openers[f::FOLDS_SHOWN]):.2f}" for f in range(FOLDS_SHOWN))
    print(f"opener's ROUGE-1 recall (first item alone): {_mean(openers):.2f} (folds {by_fold}); "
          f"best any order of these items could open with: {_mean(best_openers):.2f}")
    print(f"items that start with a reference no other item introduces (-n {BRIEFING_SENTENCES}): "
          f"{pointing} of {items_seen}; of the 100-word briefings: {pointing_100} of {items_100}")
    if args.folds > 1:
        cross_validate(rouge, loaded, args.folds)
    sub = mean("Submodular", 0) if "Submodular" in scores else float("nan")
    icsi = mean("ICSISumm", 1) if "ICSISumm" in scores else float("nan")
    print(f"briefing R-1: {mean('briefing', 0):.2f}  R-2: {mean('briefing', 1):.2f}  "
          f"(Submodular R-1 {sub:.2f}, ICSISumm R-2 {icsi:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
