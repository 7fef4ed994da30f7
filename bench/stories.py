"""Story grouping: B-cubed against known stories, a tuned tf-idf baseline, the briefing's cost, speed.

Usage: ``python bench/stories.py [EVAL_DIR] [--no-polnear] [--no-rouge] [--no-dates] [--budget] [--errors]
[--sizes 1000,10000]`` (default EVAL_DIR: ``../shared/eval``).

Mixes (articles read as brief reads text files, near-copies dropped as at load time, keeping the
first; a dropped copy's story is the one it was kept in):
- ``dev``: the 25 DUC 2004 dev clusters (one story each) with the 125 CNN/DailyMail dev articles
  (each a story of its own); ``even`` / ``odd``: the even / odd clusters and articles only, so
  over-fitting to one half shows.
- ``hard``: ``dev`` plus every PolNeAR article (2016 US election news from five outlets, related
  but mostly distinct stories) as a story of its own: a grouping must not chain them together;
  ``hard-even`` / ``hard-odd``: its halves (PolNeAR articles by their position in each split).
- ``related``: only the DUC dev clusters that share at least ``RELATED_NAMES`` recurring names
  (capitalised words inside a sentence, in at least ``RECURRING`` of a cluster's articles) with
  another dev cluster: stories about the same people and countries that must stay apart
  (Anwar's trial and the APEC summit in Malaysia; the Microsoft trial and AOL buying Netscape;
  Turkey and the Kurds; Israel and the Palestinians; Congress and Clinton); ``related+1``: those
  clusters with the 125 CNN/DailyMail articles as one-article stories, the shape of issue 12's
  held-out related pile (related clusters among many one-article stories).
Each article carries the date real input would carry (``--no-dates``: none): a DUC document's
from its id when the data names it (``APW19981203.0123`` -> 1998-12-03; the shared dev copy names
its documents D1..D10, so they stay undated), a PolNeAR article's from ``metadata.tsv``, a CNN
article's from its address (``cnn.com/2015/04/08/...``; Daily Mail addresses carry none). Articles
without one stay undated.
Each is scored by B-cubed precision, recall and F1 (Bagga & Baldwin 1998) of ``group_articles``,
and, in the same run, of scikit-learn's tf-idf + average-link agglomerative clustering, its cosine
threshold swept on that very mix (the best shown: an optimistic baseline) and, for the halves,
the threshold best on the other half.
ROUGE: each DUC cluster's briefing (``build_briefing(words=100)``) made from the story of the
``dev`` mix holding most of the cluster, against the cluster briefed alone, scored as
bench/rouge_duc2004.py scores (R-1 recall ×100 vs the four references); the gap is alone − mix,
shown with the cluster's articles the story lost and the others it gained. A briefing reads only
its story's articles (its idf too), so a story holding exactly its cluster has no gap: the gap is
the grouping's errors, nothing else (dev mix: every cluster with none lost or gained 0.00).
``--budget``: where the dev, related, related+1 and hard mixes lose F1 (bench/_story_errors.py): each
kind of error's cost (a DUC cluster split, two merged, a one-article story pulled into a cluster,
one-article stories merged), then each merge and split with the first-order cosine between its
sides and the terms that carry it. ``--errors``: on the same mixes, each error's own cost (every pair of
gold stories sharing a group, every story split, with its pieces), the articles that read as another
story's (most of their 10 nearest are of one other story), the documents the source files under two
clusters (kept once, under the first) and the F1 without them. A mix holding such documents also gets a separate
``lenient`` line (never the figure): B-cubed with each of them counted as right in either of its two stories
(``lenient_bcubed``), the share of the mix's loss that is the gold's own ambiguity.
Speed: ``group_articles`` on 1,000 and 10,000 articles (real texts, then stitched from halves as in
bench/scale.py), each size in a fresh process: wall and CPU seconds, peak RSS (of the whole
process, loading included; the grouping's own time excludes loading).
Last line: ``stories: B3 F1 0.NNN (baseline 0.NNN), mix-vs-alone R-1 gap N.NN``.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from _common import (
    EVAL,
    ROOT,
    load_articles,
    print_table,
    read_jsonl,
    scorer,
    truncate_words,
)
from _story_errors import KINDS, crossing_rows, error_budget, error_cases, error_costs, linking_terms

from brief.ingest.dedupe import find_duplicates
from brief.model import Article, Sentence
from brief.stories import group_articles
from brief.stories.features import Features, article_features
from brief.summarize.briefing import build_briefing

WORDS = 100
RELATED_NAMES = 3
RECURRING = 6
"""A name recurs in a cluster when at least 6 of its 10 articles write it; two clusters are related
when they share 3 such names (one shared name, "President" or "Party", is not a relation)."""
_INSIDE_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")
BASELINE_THRESHOLDS = [round(0.02 * k, 2) for k in range(1, 31)]
"""Cosine similarity thresholds swept for the baseline (0.02 .. 0.60)."""


@dataclass(frozen=True)
class Mix:
    """Articles with their gold story labels; ``clusters`` maps each DUC cluster to its texts' rows."""

    name: str
    articles: list[Article]
    sentences: dict[int, tuple[Sentence, ...]]
    gold: list[str]
    references: dict[str, list[str]]
    filed_twice: dict[int, str] = dataclasses.field(default_factory=dict)
    """Articles whose dropped near-copy the source filed under another story: row -> that story."""


Row = tuple[str, str, int, str]
"""An article's text, its gold story, its half (0 even, 1 odd) and its date ('' when unknown)."""

_DOC_ID_DATE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,4}_?((?:19|20)\d{2})(\d{2})(\d{2})\.\d{3,4}(?![0-9])")
"""A newswire document id (``APW19981203.0123``, ``NYT19981203.0401``, ``XIE_ENG_19981203.0012``'s
tail): its date is its publication day."""
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})/")
"""A dated web address (``cnn.com/2015/04/08/us/...``)."""


def id_date(name: str) -> str:
    """The ISO date in a newswire document id, '' when the name is not one."""
    match = _DOC_ID_DATE.search(name)
    return "-".join(match.groups()) if match else ""


def url_date(url: str) -> str:
    """The ISO date in a dated address (the last, the original's, of an archive's address)."""
    found = _URL_DATE.findall(url)
    return "-".join(found[-1]) if found else ""


def polnear_dates(eval_dir: Path) -> dict[str, str]:
    """Each PolNeAR article's publication date, by file name, from its metadata."""
    path = eval_dir / "polnear/metadata.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row["publication_date"] for row in csv.DictReader(handle, delimiter="\t")}


def read_sources(eval_dir: Path, polnear: bool) -> tuple[list[Row], dict[str, list[str]]]:
    """(text, gold story, half, date) of every article, and each DUC cluster's reference summaries."""
    rows: list[Row] = []
    references: dict[str, list[str]] = {}
    for n, cluster in enumerate(read_jsonl(eval_dir / "duc2004/dev.jsonl")):
        references[cluster["cluster"]] = [r["text"] for r in cluster["references"]]
        rows.extend((d["text"], cluster["cluster"], n % 2, id_date(d.get("name", ""))) for d in cluster["docs"])
    for n, record in enumerate(read_jsonl(eval_dir / "cnndm/dev.jsonl")):
        rows.append((record["article"], f"cnndm-{n}", n % 2, url_date(record.get("url", ""))))
    if polnear:
        dates = polnear_dates(eval_dir)
        for split in ("train", "dev"):
            for n, path in enumerate(sorted((eval_dir / "polnear" / split / "text").glob("*.txt"))):
                rows.append((path.read_text(encoding="utf-8", errors="replace"), f"polnear-{split}-{path.stem}", n % 2,
                             dates.get(path.stem, "")))
    return rows, references


def build_mix(name: str, rows: Sequence[Row], references: dict[str, list[str]], dated: bool = True) -> Mix:
    """Load the texts as brief does, dropping near-copies as its loader does (the first is kept),
    each article with its date (none when not ``dated``)."""
    duplicate_of = find_duplicates([row[0] for row in rows])
    at = {i: k for k, i in enumerate(i for i in range(len(rows)) if i not in duplicate_of)}
    kept = [row for i, row in enumerate(rows) if i not in duplicate_of]
    articles, sentences = load_articles([row[0] for row in kept], [f"{row[1]}-{i}.txt" for i, row in enumerate(kept)])
    if dated:
        articles = [dataclasses.replace(a, date=row[3]) for a, row in zip(articles, kept)]
    twice = {at[first]: rows[copy][1] for copy, first in duplicate_of.items() if rows[copy][1] != rows[first][1]}
    return Mix(name, articles, sentences, [row[1] for row in kept], references, twice)


def related_rows(rows: Sequence[Row]) -> list[Row]:
    """The rows of the DUC clusters related to another (see ``RELATED_NAMES``)."""
    from brief.text.language import stop_words

    stops = stop_words("en")
    texts: dict[str, list[str]] = {}
    for text, story, _, _ in rows:
        if not story.startswith(("cnndm-", "polnear-")):
            texts.setdefault(story, []).append(text)
    recurring = {}
    for story, docs in texts.items():
        count = Counter(w for doc in docs for w in {n for n in _INSIDE_NAME.findall(doc) if n.lower() not in stops})
        recurring[story] = {w for w, k in count.items() if k >= RECURRING}
    related = {a for a in recurring for b in recurring if a != b and len(recurring[a] & recurring[b]) >= RELATED_NAMES}
    return [row for row in rows if row[1] in related]


def bcubed(predicted: Sequence[object], gold: Sequence[object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a labelling against the gold one."""
    in_predicted, in_gold, in_both = Counter(predicted), Counter(gold), Counter(zip(predicted, gold))
    n = len(gold)
    precision = sum(in_both[(p, g)] / in_predicted[p] for p, g in zip(predicted, gold)) / n
    recall = sum(in_both[(p, g)] / in_gold[g] for p, g in zip(predicted, gold)) / n
    return precision, recall, 2 * precision * recall / (precision + recall)


def lenient_bcubed(predicted: Sequence[object], gold: Sequence[str], filed_twice: dict[int, str]) -> tuple[float, float, float]:
    """B-cubed with the gold's own ambiguity scored leniently: a document the source files under two stories
    (``filed_twice``: row -> the other story) counts as whichever of its two the grouping is scored better
    against, each such row decided in turn (row order), the others as already decided. Never the headline
    figure: a separate line beside it, to show how much of a mix's loss is the gold's and not the grouping's."""
    labels = list(gold)
    for row in sorted(filed_twice):
        options = sorted({gold[row], filed_twice[row]})
        scored = [(bcubed(predicted, labels[:row] + [option] + labels[row + 1:])[2], option) for option in options]
        labels[row] = max(scored, key=lambda pair: (pair[0], pair[1] == gold[row]))[1]
    return bcubed(predicted, labels)


def our_labels(mix: Mix) -> tuple[list[int], float]:
    """The story number of each article (in mix order) and the seconds grouping took."""
    started = time.perf_counter()
    groups = group_articles(mix.articles, mix.sentences)
    seconds = time.perf_counter() - started
    story = {aid: n for n, g in enumerate(groups) for aid in g.articles}
    return [story[a.id] for a in mix.articles], seconds


def baseline_sweep(mix: Mix) -> dict[float, tuple[tuple[float, float, float], int]]:
    """scikit-learn tf-idf + average-link agglomerative clustering at every swept threshold."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [f"{a.title}\n{a.text}" for a in mix.articles]
    )
    distances = np.clip(1.0 - (vectors @ vectors.T).toarray(), 0.0, None)  # rows are unit length
    out = {}
    for threshold in BASELINE_THRESHOLDS:
        model = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1.0 - threshold
        )
        labels = model.fit_predict(distances).tolist()
        out[threshold] = (bcubed(labels, mix.gold), len(set(labels)))
    return out


def rouge_gap(mix: Mix, labels: Sequence[int]) -> list[tuple[str, float, float, int, int, int, int]]:
    """Per DUC cluster: R-1 from the mix's story, R-1 alone, the story's size, the cluster's size,
    the cluster's articles not in the story (lost) and the story's from elsewhere (gained)."""
    rouge = scorer(["rouge1"])

    def r1(articles: list[Article], references: list[str]) -> float:
        items = build_briefing(articles, {a.id: mix.sentences[a.id] for a in articles}, words=WORDS)
        candidate = truncate_words(" ".join(item.text for item in items), WORDS)
        return 100 * sum(rouge.score(ref, candidate)["rouge1"].recall for ref in references) / len(references)

    out = []
    for cluster, references in mix.references.items():
        rows = [i for i, g in enumerate(mix.gold) if g == cluster]
        if not rows:
            continue
        story = Counter(labels[i] for i in rows).most_common(1)[0][0]
        members = [a for a, label in zip(mix.articles, labels) if label == story]
        alone = [mix.articles[i] for i in rows]
        lost = sum(1 for i in rows if labels[i] != story)
        gained = sum(1 for i, label in enumerate(labels) if label == story and mix.gold[i] != cluster)
        out.append((cluster, r1(members, references), r1(alone, references), len(members), len(rows), lost, gained))
    return out


def is_single(story: str) -> bool:
    """A one-article gold story (a CNN/DailyMail or PolNeAR article)."""
    return story.startswith(("cnndm-", "polnear-"))


BUDGET_MIXES = ("dev", "related", "related+1", "hard")


def print_budget(mixes: Sequence[Mix], labels_of: dict[str, list[int]]) -> None:
    """Each kind of error's cost in F1 per mix, then every merge and split with what links its sides."""
    chosen = [m for m in mixes if m.name in BUDGET_MIXES]
    table = []
    for mix in chosen:
        (p, r, f), costs = error_budget(labels_of[mix.name], mix.gold, is_single)
        table.append([mix.name, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{1 - f:.3f}"]
                     + [f"{costs[k]:.3f} ({costs[k] / max(1 - f, 1e-9):.0%})" for k in KINDS])
    print()
    print("Error budget: F1 gained if one kind of error alone were gone (share of 1 - F1)")
    print_table(["mix", "P", "R", "F1", "1-F1", *KINDS], table)
    for mix in chosen:
        features = article_features(mix.articles, mix.sentences)
        merges, splits = error_cases(labels_of[mix.name], mix.gold, is_single)
        print(f"\n{mix.name}: {len(merges)} stories merged into another's group, {len(splits)} pieces split off")
        for story, rows, against in merges:
            print("  merged " + _described(mix, features, story, rows, against))
        for story, rows, against in splits:
            print("  split  " + _described(mix, features, story, rows, against))


SHOWN_COST = 0.001
"""Errors costing less than this are left out of ``--errors`` (a 1,263-article mix has dozens)."""


def print_errors(mixes: Sequence[Mix], labels_of: dict[str, list[int]]) -> None:
    """Each error's own cost, the articles reading as another story's, the documents filed twice."""
    for mix in (m for m in mixes if m.name in BUDGET_MIXES):
        merges, splits = error_costs(labels_of[mix.name], mix.gold)
        print(f"\n{mix.name}: each error's own cost in F1 (the F1 gained were it alone mended; {SHOWN_COST}+)")
        for (a, b), cost in merges:
            if cost >= SHOWN_COST:
                print(f"  merged {a} + {b}: {cost:.3f}")
        for story, pieces, cost in splits:
            if cost >= SHOWN_COST:
                print(f"  split  {story} into {'+'.join(map(str, pieces))}: {cost:.3f}")
        features = article_features(mix.articles, mix.sentences)
        row = {index: r for r, index in enumerate(features.order)}
        matrix = features.matrix[[row[i] for i in range(len(mix.articles))]]
        for i, own, other, count in crossing_rows(matrix, mix.gold):
            if not is_single(mix.gold[i]):
                print(f"  reads as {other}'s ({count}/10 nearest, own {own}/10): {mix.gold[i]} | {_opening(mix.articles[i])}")
        for i, other in sorted(mix.filed_twice.items()):
            print(f"  filed under {mix.gold[i]} and {other} (kept once, as {mix.gold[i]}'s): {_opening(mix.articles[i])}")
        if mix.filed_twice:
            keep = [i for i in range(len(mix.articles)) if i not in mix.filed_twice]
            articles = [mix.articles[i] for i in keep]
            part = Mix(mix.name, articles, {a.id: mix.sentences.get(a.id, ()) for a in articles},
                       [mix.gold[i] for i in keep], mix.references)
            p, r, f = bcubed(our_labels(part)[0], part.gold)
            print(f"  without the documents filed twice: P {p:.3f} R {r:.3f} F1 {f:.3f}")


def _opening(article: Article) -> str:
    return (article.title or " ".join(article.text.split()[:14]))[:70]


def _described(mix: Mix, features: Features, story: str, rows: list[int], against: list[int]) -> str:
    """One error: the gold story's articles in it, those they were held against, the first-order
    cosine between the two and the terms that carry it, the first article's opening."""
    row = {index: r for r, index in enumerate(features.order)}
    cosine, terms = linking_terms(features.matrix, features.terms, [row[i] for i in rows], [row[i] for i in against])
    opening = _opening(mix.articles[rows[0]])
    carried = " ".join(f"{t}:{w:.3f}" for t, w in terms)
    return f"{story} x{len(rows)} vs {mix.gold[against[0]]} x{len(against)}: cos {cosine:.3f} via {carried} | {opening}"


def timing_child(eval_dir: Path, size: int) -> None:
    """In a fresh process: group ``size`` articles, print seconds and peak RSS as JSON."""
    from scale import assemble, gather_texts

    texts = assemble(gather_texts(eval_dir), size)
    articles, sentences = load_articles(texts)
    started, cpu = time.perf_counter(), time.process_time()
    groups = group_articles(articles, sentences)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": size, "seconds": seconds, "cpu": cpu, "rss_mb": rss, "stories": len(groups)}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", nargs="?", type=Path, default=EVAL)
    parser.add_argument("--no-polnear", action="store_true", help="skip the hard mix with PolNeAR singletons")
    parser.add_argument("--no-rouge", action="store_true", help="skip the mix-vs-alone briefings")
    parser.add_argument("--no-dates", action="store_true", help="articles without their dates")
    parser.add_argument("--budget", action="store_true", help="where the F1 is lost, by kind of error")
    parser.add_argument("--errors", action="store_true", help="each error's own cost, articles reading as another "
                        "story's, documents filed under two stories")
    parser.add_argument("--sizes", default="1000,10000", help="article counts to time grouping on ('' for none)")
    parser.add_argument("--time-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.time_child:
        timing_child(args.eval_dir, args.time_child)
        return 0

    rows, references = read_sources(args.eval_dir, polnear=not args.no_polnear)
    base = [r for r in rows if not r[1].startswith("polnear-")]
    dated = not args.no_dates
    mixes = [
        build_mix("dev", base, references, dated),
        build_mix("even", [r for r in base if r[2] == 0], references, dated),
        build_mix("odd", [r for r in base if r[2] == 1], references, dated),
        build_mix("related", related_rows(base), references, dated),
        build_mix("related+1", related_rows(base) + [r for r in base if r[1].startswith("cnndm-")], references, dated),
    ]
    if not args.no_polnear:
        mixes.append(build_mix("hard", rows, references, dated))
        mixes.append(build_mix("hard-even", [r for r in rows if r[2] == 0], references, dated))
        mixes.append(build_mix("hard-odd", [r for r in rows if r[2] == 1], references, dated))

    table = []
    results: dict[str, tuple[tuple[float, float, float], dict[float, tuple[tuple[float, float, float], int]]]] = {}
    labels_of: dict[str, list[int]] = {}
    for mix in mixes:
        labels, seconds = our_labels(mix)
        labels_of[mix.name] = labels
        ours = bcubed(labels, mix.gold)
        sweep = baseline_sweep(mix)
        results[mix.name] = (ours, sweep)
        best = max(sweep, key=lambda t: (sweep[t][0][2], -t))
        (bp, br, bf), bn = sweep[best]
        table.append([mix.name, len(mix.articles), len(set(mix.gold)), f"{ours[0]:.3f}", f"{ours[1]:.3f}",
                      f"{ours[2]:.3f}", len(set(labels)), f"{seconds:.2f}", f"{bp:.3f}", f"{br:.3f}", f"{bf:.3f}",
                      bn, f"{best:.2f}"])
    print("Story grouping, B-cubed (ours vs tf-idf + average link, its threshold tuned on the same mix); "
          + ("articles dated as their sources date them" if dated else "articles undated (--no-dates)"))
    print_table(["mix", "articles", "gold", "P", "R", "F1", "stories", "s", "base P", "base R", "base F1",
                 "base stories", "base t"], table)
    for mix in (m for m in mixes if m.filed_twice):
        p, r, f = lenient_bcubed(labels_of[mix.name], mix.gold, mix.filed_twice)
        print(f"{mix.name}, lenient (documents the source files under two stories, {len(mix.filed_twice)}, count as right "
              f"in either; not the figure above): P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for train, test in (("even", "odd"), ("odd", "even")):
        sweep = results[train][1]
        chosen = max(sweep, key=lambda t: (sweep[t][0][2], -t))
        print(f"baseline threshold chosen on {train} ({chosen:.2f}) scored on {test}: "
              f"F1 {results[test][1][chosen][0][2]:.3f}")

    if args.budget:
        print_budget(mixes, labels_of)
    if args.errors:
        print_errors(mixes, labels_of)

    gap = float("nan")
    if not args.no_rouge:
        dev = mixes[0]
        scores = rouge_gap(dev, labels_of["dev"])
        print()
        print("DUC 2004 clusters briefed from the mixed pile vs alone (R-1 recall x100, 100 words)")
        print_table(["cluster", "half", "story", "cluster", "lost", "gained", "R-1 mix", "R-1 alone", "gap"],
                    [[c, n % 2 and "odd" or "even", s, k, lost, gained, mix_r1, alone_r1, alone_r1 - mix_r1]
                     for n, (c, mix_r1, alone_r1, s, k, lost, gained) in enumerate(scores)])
        for half in (0, 1):
            part = [alone - mixed for n, (_, mixed, alone, *_) in enumerate(scores) if n % 2 == half]
            print(f"{'even' if half == 0 else 'odd'} clusters: mean gap {sum(part) / len(part):.2f}")
        gap = sum(alone - mixed for _, mixed, alone, *_ in scores) / len(scores)
        exact = [alone - mixed for _, mixed, alone, _, _, lost, gained in scores if not lost and not gained]
        print(f"clusters whose story is exactly theirs: {len(exact)}, mean gap "
              f"{sum(exact) / max(len(exact), 1):.2f}")

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if sizes:
        print()
        print("Grouping time (fresh process per size; loading excluded; wall time is noisy on a shared machine,"
              " CPU time less so)")
        timing = []
        for size in sizes:
            child = subprocess.run(
                [sys.executable, str(Path(__file__)), str(args.eval_dir), "--time-child", str(size)],
                capture_output=True, text=True, check=True, cwd=ROOT,
            )
            result = json.loads(child.stdout.strip().splitlines()[-1])
            timing.append([result["articles"], f"{result['seconds']:.2f}", f"{result['cpu']:.2f}",
                           f"{result['rss_mb']:.0f}", result["stories"]])
        print_table(["articles", "seconds", "CPU seconds", "peak RSS MB", "stories"], timing)

    ours_f1 = results["dev"][0][2]
    sweep = results["dev"][1]
    baseline_f1 = max(v[0][2] for v in sweep.values())
    print(f"stories: B3 F1 {ours_f1:.3f} (baseline {baseline_f1:.3f}), mix-vs-alone R-1 gap {gap:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
