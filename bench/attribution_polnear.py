"""Benchmark ``brief.actors.attribution`` on PolNeAR (cue / source / content spans).

Usage: ``python bench/attribution_polnear.py [DIR]`` (default: ``../shared/eval/polnear/dev``
relative to the repository root). DIR holds ``text/<article>.txt`` and
``attributions/<article>_<annotator>.ann`` (brat standoff).

Scoring (why this way: it rewards what the caller uses, an attribution as a whole):
- Every predicted attribution is matched one-to-one (greedily, in text order) to a gold
  attribution. A *cue* matches when the spans are equal (exact) or share a character (overlap).
- A *source* or *content* counts only inside a relation: a predicted (cue, source) pair matches a
  gold (cue, source) pair when both cue and source match. Precision is over predicted
  attributions that have that part, recall over gold attributions that have it.
- Discontinuous gold spans ("a b;c d"): overlap means any piece overlaps; exact compares
  against the hull (first start, last end), since the API returns one span. Exact match
  ignores whitespace and , . ; : and dashes at either edge (annotators differ on the comma
  closing an appositive: "Jeff Weaver," vs "Jeff Weaver"; the runtime trims them).
- Articles with several annotators: the article is scored against each annotator's file and the
  counts (true positives, predicted, gold) are averaged over its annotators, then summed over
  articles (micro average; every article weighs once).
The last line is ``cue F1: 0.NN  source F1: 0.NN  content F1: 0.NN`` (overlap match).

``--validation [TRAIN_DIR]`` instead trains on four fifths of PolNeAR train (split by article, fixed
seed) and scores the other fifth: the figure to choose changes by, so that dev stays a report.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DIR = ROOT.parent / "shared/eval/polnear/dev"

Span = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated relation; parts are tuples of (start, end) pieces, empty when absent."""

    cue: Span
    source: Span
    content: Span


def parse_ann(path: Path) -> list[GoldAttribution]:
    """Read the ``E`` relations of one brat file (tolerant: malformed lines are skipped)."""
    spans: dict[str, Span] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if line.startswith("T"):
            _, _, offsets = parts[1].partition(" ")
            try:
                pieces = tuple(tuple(int(x) for x in p.split()) for p in offsets.split(";"))
            except ValueError:
                continue
            spans[parts[0]] = tuple((a, b) for a, b in pieces)  # type: ignore[misc]
        elif line.startswith("E"):
            roles: dict[str, str] = {}
            for kv in parts[1].split():
                key, _, value = kv.partition(":")
                roles[re.sub(r"\d+$", "", key)] = value
            events.append(roles)
    out = []
    for roles in events:
        cue = spans.get(roles.get("Cue", ""), ())
        if not cue:
            continue
        out.append(GoldAttribution(cue, spans.get(roles.get("Source", ""), ()), spans.get(roles.get("Content", ""), ())))
    return out


def load_dir(directory: Path) -> dict[str, tuple[str, list[list[GoldAttribution]]]]:
    """Article name -> (text, one list of relations per annotator file)."""
    out: dict[str, tuple[str, list[list[GoldAttribution]]]] = {}
    for ann in sorted((directory / "attributions").glob("*.ann")):
        article = re.sub(r"_[^_]*\.ann$", "", ann.name)
        if article not in out:
            text = (directory / "text" / f"{article}.txt").read_text(encoding="utf-8")
            out[article] = (text, [])
        out[article][1].append(parse_ann(ann))
    if not out:
        raise SystemExit(f"attribution_polnear: no attributions/*.ann under {directory}")
    return out


def _overlaps(a: Span, b: Span) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


_EDGE = " \t\r\n,.;:-\u2013\u2014"


def _norm(text: str, a: Span) -> tuple[int, int]:
    """Hull of ``a`` with edge punctuation/whitespace removed."""
    s, e = a[0][0], a[-1][1]
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


PARTS = ("cue", "source", "content")


def score_article(pred: list[GoldAttribution], gold: list[GoldAttribution], text: str) -> dict[str, float]:
    """Counts tp/pred/gold per part and match mode for one article and one annotator."""
    counts: dict[str, float] = defaultdict(float)

    def _exact(a: Span, b: Span) -> bool:
        return _norm(text, a) == _norm(text, b)

    for mode, same in (("exact", _exact), ("overlap", _overlaps)):
        used: set[int] = set()
        pairs: list[tuple[GoldAttribution, GoldAttribution]] = []
        for p in pred:
            for gi, g in enumerate(gold):
                if gi not in used and same(p.cue, g.cue):
                    used.add(gi)
                    pairs.append((p, g))
                    break
        counts[f"cue/{mode}/tp"] += len(pairs)
        counts[f"cue/{mode}/pred"] += len(pred)
        counts[f"cue/{mode}/gold"] += len(gold)
        for part in ("source", "content"):
            counts[f"{part}/{mode}/pred"] += sum(1 for p in pred if getattr(p, part))
            counts[f"{part}/{mode}/gold"] += sum(1 for g in gold if getattr(g, part))
            counts[f"{part}/{mode}/tp"] += sum(
                1 for p, g in pairs if getattr(p, part) and getattr(g, part) and same(getattr(p, part), getattr(g, part))
            )
    return counts


def predict(text: str) -> list[GoldAttribution]:
    """Run the runtime on one article, in the bench's span format."""
    from brief.actors.attribution import find_attributions
    from brief.text.segment import sentence_spans

    out = []
    for a in find_attributions(text, sentence_spans(text)):
        out.append(GoldAttribution((a.cue,), (a.source,) if a.source else (), (a.content,)))
    return out


def prf(c: dict[str, float], key: str) -> tuple[float, float, float]:
    """Precision, recall, F1 for ``part/mode``."""
    tp, np_, ng = c[f"{key}/tp"], c[f"{key}/pred"], c[f"{key}/gold"]
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(directory: Path) -> dict[str, float]:
    """Summed (annotator-averaged) counts over all articles of ``directory``."""
    return evaluate_articles(load_dir(directory).values())


VALIDATION_SEED = 2024


def validation_split(articles: dict[str, tuple[str, list[list[GoldAttribution]]]]) -> tuple[list[str], list[str]]:
    """(fit, validation) article names: a fixed fifth of train is held out, whole articles only."""
    names = sorted(articles)
    random.Random(VALIDATION_SEED).shuffle(names)
    cut = len(names) // 5
    return sorted(names[cut:]), sorted(names[:cut])


def evaluate_validation(train_dir: Path) -> dict[str, float]:
    """Train on the fit part of ``train_dir`` (a temporary model) and score the validation part."""
    import tempfile

    sys.path.insert(0, str(ROOT / "tools"))
    import train_attribution

    from brief.actors.attribution import weights

    articles = load_dir(train_dir)
    fit, val = validation_split(articles)
    vocab, cue, source = train_attribution.train(train_attribution.prepare_articles(articles[n] for n in fit), log=lambda s: None)
    saved = weights.MODEL_PATH
    with tempfile.TemporaryDirectory() as tmp:
        weights.MODEL_PATH = Path(tmp) / "model.npz"  # load_model reads it from its own module
        weights.save_model(weights.MODEL_PATH, vocab, cue, source, "")  # a scratch model: no fingerprint to check
        weights.load_model.cache_clear()
        try:
            return evaluate_articles(articles[n] for n in val)
        finally:
            weights.MODEL_PATH = saved
            weights.load_model.cache_clear()


def evaluate_articles(articles: Iterable[tuple[str, list[list[GoldAttribution]]]]) -> dict[str, float]:
    """Summed (annotator-averaged) counts over (text, relations per annotator) articles."""
    total: dict[str, float] = defaultdict(float)
    for text, annotators in articles:
        pred = predict(text)
        for gold in annotators:
            for k, v in score_article(pred, gold, text).items():
                total[k] += v / len(annotators)
    return total


def main(argv: list[str]) -> None:
    """Print the table and the summary line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", nargs="?", type=Path, help=f"PolNeAR split to score; default {DEFAULT_DIR}")
    parser.add_argument("--validation", action="store_true",
                        help="train on four fifths of DIR (default: PolNeAR train) and score the other fifth")
    args = parser.parse_args(argv[1:])
    if args.dir is not None and not args.dir.is_dir():
        parser.error(f"no such directory: {args.dir}")
    t0 = time.perf_counter()
    if args.validation:
        directory = args.dir or DEFAULT_DIR.parent / "train"
        c = evaluate_validation(directory)
    else:
        directory = args.dir or DEFAULT_DIR
        c = evaluate(directory)
    dt = time.perf_counter() - t0
    print(f"PolNeAR attribution bench: {directory}  ({dt:.1f}s; annotators averaged per article)")
    print(f"{'part':8} {'match':8} {'P':>6} {'R':>6} {'F1':>6} {'pred':>8} {'gold':>8}")
    for part in PARTS:
        for mode in ("exact", "overlap"):
            p, r, f = prf(c, f"{part}/{mode}")
            print(f"{part:8} {mode:8} {p:6.3f} {r:6.3f} {f:6.3f} {c[f'{part}/{mode}/pred']:8.1f} {c[f'{part}/{mode}/gold']:8.1f}")
    f1 = {part: prf(c, f"{part}/overlap")[2] for part in PARTS}
    print(f"cue F1: {f1['cue']:.2f}  source F1: {f1['source']:.2f}  content F1: {f1['content']:.2f}")


if __name__ == "__main__":
    main(sys.argv)
