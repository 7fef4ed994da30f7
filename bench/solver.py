"""The briefing's exact selection, solve by solve: how long each takes, on real piles.

    python bench/solver.py [EVAL_DIR] [--piles duc,1000] [--save FILE] [--check FILE]

Briefs the DUC 2004 dev clusters (100 words, and ``-n 7``) and the stories of bench/scale.py's
1,000-article pile (default options), each story in this process, and times (CPU) every call of
``concepts._solve``: count, total, median, the slowest, and CPU seconds of all the briefings (of the
pile's stories: those of one article and those of several apart).
``--save FILE`` keeps every solve's input (pickled, for this bench only) and the worth of what it
chose; ``--check FILE`` solves saved inputs again with the current code and counts the answers
whose worth differs (beyond 1e-9), and those whose sentences differ, which is how a faster solver
is shown to stay exact.
Ends with ``solves N: total S s, median S ms, max S s; briefing CPU S s``.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import EVAL, load_articles, read_jsonl  # noqa: E402
from scale import assemble, gather_texts  # noqa: E402

from brief.summarize import concepts  # noqa: E402
from brief.summarize.briefing import build_briefing  # noqa: E402


def worth_of(f: concepts.SentenceFeatures, rows: np.ndarray, chosen: np.ndarray) -> float:
    """What ``_solve`` maximises over ``rows`` for a choice: covered worth plus tie-breaks."""
    if len(chosen) == 0:
        return 0.0
    used = np.flatnonzero((np.asarray(f.concepts[rows].sum(axis=0)).ravel() > 0) & (f.weights > 0))
    typical = float(np.median(f.weights[used]))
    covered = np.asarray(f.concepts[np.asarray(chosen)].sum(axis=0)).ravel() > 0
    tie = 1e-3 / (1.0 + f.positions[chosen]) - concepts.DANGLING_PENALTY * typical * f.dangling[chosen]
    return float(f.weights[covered].sum() + tie.sum())


def _record(log: list[dict[str, Any]], keep: bool) -> None:
    """Wrap ``concepts._solve`` so that each call is timed (and its input kept, with ``keep``)."""
    real = concepts._solve

    def timed(f: concepts.SentenceFeatures, rows: np.ndarray, *args: Any, **kwargs: Any) -> Any:
        t = time.process_time()
        out = real(f, rows, *args, **kwargs)
        entry: dict[str, Any] = {"seconds": time.process_time() - t, "n": len(rows)}
        if keep:
            entry.update(f=f, rows=rows, args=args, kwargs=kwargs, chosen=out,
                         worth=None if out is None else worth_of(f, rows, out))
        log.append(entry)
        return out

    concepts._solve = timed


def brief_duc(eval_dir: Path) -> float:
    """CPU seconds of the DUC dev clusters' briefings, 100 words and seven items."""
    spent = 0.0
    for cluster in read_jsonl(eval_dir / "duc2004" / "dev.jsonl"):
        articles, sentences = load_articles([d["text"] for d in cluster["docs"]])
        t = time.process_time()
        build_briefing(articles, sentences, words=100)
        build_briefing(articles, sentences, sentences_budget=7)
        spent += time.process_time() - t
    return spent


def brief_pile(eval_dir: Path, n: int) -> float:
    """CPU seconds of the briefings of the stories of bench/scale.py's pile of ``n`` articles."""
    from brief import pipeline

    texts = assemble(gather_texts(eval_dir), n)
    with tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(texts):
            (Path(tmp) / f"{i:05d}.txt").write_text(text)
        options = pipeline.Options(cache=False, workers=1)
        loaded = pipeline.load([tmp], options)
    sentences = pipeline.split_all(loaded.articles)
    groups = pipeline.sort_into_stories(loaded.articles, sentences, options)
    by_id = {a.id: a for a in loaded.articles}
    spent = {}
    for several in (False, True):
        part = [g for g in groups if (len(g.articles) > 1) == several]
        t = time.process_time()
        pipeline.brief_stories(part, by_id, sentences, options, [])
        spent[several] = time.process_time() - t
    print(f"  {n}-article pile: {sum(len(g.articles) == 1 for g in groups)} stories of one article briefed in "
          f"{spent[False]:.2f} CPU-s, {sum(len(g.articles) > 1 for g in groups)} of several in {spent[True]:.2f}")
    return spent[False] + spent[True]


def check(path: Path) -> None:
    """Solve the saved inputs again; count answers whose worth differs, and time them."""
    saved = pickle.loads(path.read_bytes())
    differ, other, gap, seconds = 0, 0, 0.0, []
    for entry in saved:
        t = time.process_time()
        out = concepts._solve(entry["f"], entry["rows"], *entry["args"], **entry["kwargs"])
        seconds.append(time.process_time() - t)
        worth = None if out is None else worth_of(entry["f"], entry["rows"], out)
        saved_chosen = entry["chosen"]
        if (out is None) != (saved_chosen is None) or out is not None and sorted(out.tolist()) != sorted(saved_chosen.tolist()):
            other += 1
        if (worth is None) != (entry["worth"] is None) or worth is not None and abs(worth - entry["worth"]) > 1e-9:
            differ += 1
            print(f"  worth differs: saved {entry['worth']}, now {worth} (n={entry['n']})")
            gap = max(gap, abs((worth or 0.0) - entry["worth"]) / max(abs(entry["worth"]), 1e-9))
    print(f"{differ} of {len(saved)} saved solves differ in worth (at most {gap:.1e} of it), {other} in the "
          "sentences chosen; "
          f"total {sum(seconds):.2f} s, median {1000 * statistics.median(seconds):.1f} ms, max {max(seconds):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("eval_dir", nargs="?", type=Path, default=EVAL)
    parser.add_argument("--piles", default="duc,1000", help="duc and/or a number of articles")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--check", type=Path)
    args = parser.parse_args()
    if args.check:
        check(args.check)
        return
    log: list[dict[str, Any]] = []
    _record(log, args.save is not None)
    cpu = 0.0
    for pile in args.piles.split(","):
        start = len(log)
        spent = brief_duc(args.eval_dir) if pile == "duc" else brief_pile(args.eval_dir, int(pile))
        cpu += spent
        part = [e["seconds"] for e in log[start:]]
        print(f"{pile}: {len(part)} solves, {sum(part):.2f} s solving, max {max(part, default=0):.2f} s; "
              f"briefing CPU {spent:.2f} s")
    if args.save:
        args.save.write_bytes(pickle.dumps(log))
    seconds = [e["seconds"] for e in log]
    print(f"solves {len(seconds)}: total {sum(seconds):.2f} s, median {1000 * statistics.median(seconds):.1f} ms, "
          f"max {max(seconds):.2f} s; briefing CPU {cpu:.2f} s")


if __name__ == "__main__":
    main()
