"""How brief's cost grows with the number of articles, against sumy's LexRank and TextRank.

    python bench/scale.py [EVAL_DIR] [--sizes 10,100,1000,3000] [--cap 120]

EVAL_DIR defaults to ../shared/eval. Articles are assembled from the DUC 2004 documents, the
PolNeAR texts and the CNN/DailyMail articles found there; past the number of distinct texts,
new articles are stitched from the halves of two different ones, so that duplicate detection
keeps them all. Each size runs in a fresh process (so peak RSS is that size's own), stage by
stage; sumy's summarizers run on the same pooled sentences in a subprocess with a time cap.
Ends with one line: `1000 articles: N.N s, NNN MB; briefing NNNx faster than LexRank at 3000`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


def gather_texts(eval_dir: Path) -> list[str]:
    """Distinct real news texts from the evaluation sets, in a fixed order."""
    texts: list[str] = []
    duc = eval_dir / "duc2004" / "dev.jsonl"
    if duc.exists():
        for line in duc.read_text().splitlines():
            texts.extend(d["text"] for d in json.loads(line)["docs"])
    for split in ("train", "dev"):
        folder = eval_dir / "polnear" / split / "text"
        if folder.exists():
            texts.extend(p.read_text(errors="replace") for p in sorted(folder.glob("*.txt")))
    cnndm = eval_dir / "cnndm" / "dev.jsonl"
    if cnndm.exists():
        texts.extend(json.loads(line)["article"] for line in cnndm.read_text().splitlines())
    return [t for t in texts if len(t.split()) > 60]


def assemble(texts: list[str], n: int) -> list[str]:
    """n articles: the distinct texts first, then stitched halves of two different texts."""
    out = texts[:n]
    k = 0
    while len(out) < n:
        a, b = texts[k % len(texts)], texts[(k * 7 + 13) % len(texts)]
        if a is not b:
            pa, pb = a.split("\n\n"), b.split("\n\n")
            if len(pa) < 2:
                pa = a.split("\n")
            if len(pb) < 2:
                pb = b.split("\n")
            out.append("\n\n".join(pa[: max(1, len(pa) // 2)] + pb[len(pb) // 2 :]))
        k += 1
    return out


def run_one(folder: Path) -> dict[str, float]:
    """Every stage of the pipeline on one folder, timed; runs in its own process."""
    from brief import pipeline
    from brief.actors.extract import find_actors
    from brief.render.text import render_text
    from brief.summarize.briefing import build_briefing
    from brief.text.sentences import split_article

    times: dict[str, float] = {}
    t = time.perf_counter()
    loaded = pipeline.load([str(folder)])
    times["load"] = time.perf_counter() - t
    t = time.perf_counter()
    sentences = {a.id: split_article(a) for a in loaded.articles}
    times["segment"] = time.perf_counter() - t
    t = time.perf_counter()
    summaries = pipeline.summarize_articles(sentences, pipeline.Options().method, 3)
    times["summaries"] = time.perf_counter() - t
    t = time.perf_counter()
    briefing = build_briefing(loaded.articles, sentences)
    times["briefing"] = time.perf_counter() - t
    t = time.perf_counter()
    actors = find_actors(loaded.articles, sentences)
    times["actors"] = time.perf_counter() - t
    from brief.model import Meta, Report

    report = Report(loaded.articles, sentences, summaries, briefing, actors, Meta("", "", ""))
    t = time.perf_counter()
    render_text(report)
    times["render"] = time.perf_counter() - t
    times["articles"] = len(loaded.articles)
    times["sentences"] = sum(len(s) for s in sentences.values())
    times["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times


def run_sumy(folder: Path, method: str) -> float:
    """sumy's summarizer on all pooled sentences (our segmentation), 10 sentences; seconds."""
    from brief import pipeline
    from brief.summarize.sumy_methods import lexrank, textrank
    from brief.text.sentences import split_article

    loaded = pipeline.load([str(folder)])
    pooled = [s for a in loaded.articles for s in split_article(a)]
    fn = {"lexrank": lexrank, "textrank": textrank}[method]
    t = time.perf_counter()
    fn(pooled, 10)
    return time.perf_counter() - t


def _child(args: list[str], cap: float) -> dict[str, float] | None:
    try:
        out = subprocess.run(
            [sys.executable, __file__, *args], capture_output=True, text=True, timeout=cap, check=True
        )
    except subprocess.TimeoutExpired:
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def _exponent(x0: float, y0: float, x1: float, y1: float) -> str:
    if min(x0, y0, x1, y1) <= 0 or x1 == x0:
        return "  -"
    return f"{math.log(y1 / y0) / math.log(x1 / x0):5.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("eval_dir", nargs="?", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--sizes", default="10,100,1000,3000")
    parser.add_argument("--cap", type=float, default=120.0, help="time cap for each sumy run, seconds")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sumy", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_sumy(args.one, args.sumy) if args.sumy else run_one(args.one)))
        return
    texts = gather_texts(args.eval_dir)
    if not texts:
        sys.exit(f"no texts found under {args.eval_dir}")
    sizes = [int(s) for s in args.sizes.split(",")]
    stages = ("load", "segment", "summaries", "briefing", "actors", "render")
    rows: list[dict[str, float]] = []
    sumy_rows: list[dict[str, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            folder = Path(tmp) / str(n)
            folder.mkdir()
            for i, text in enumerate(assemble(texts, n)):
                (folder / f"{i:05d}.txt").write_text(text)
            t = time.perf_counter()
            row = _child(["--one", str(folder)], cap=3600)
            assert row is not None
            row["total"] = time.perf_counter() - t
            rows.append(row)
            sumy: dict[str, float | None] = {}
            for method in ("lexrank", "textrank"):
                result = _child(["--one", str(folder), "--sumy", method], cap=args.cap)
                sumy[method] = None if result is None else float(result)  # type: ignore[arg-type]
            sumy_rows.append(sumy)
            print(f"  done {n} articles", file=sys.stderr)
    header = f"{'articles':>8} {'sentences':>9} " + " ".join(f"{s:>9}" for s in stages)
    header += f" {'total s':>8} {'RSS MB':>7} {'sent/s':>8} {'LexRank':>8} {'TextRank':>8}"
    print(header)
    for row, sumy in zip(rows, sumy_rows):
        cells = " ".join(f"{row[s]:9.2f}" for s in stages)
        lex = "timeout" if sumy["lexrank"] is None else f"{sumy['lexrank']:.2f}"
        tex = "timeout" if sumy["textrank"] is None else f"{sumy['textrank']:.2f}"
        print(
            f"{int(row['articles']):8d} {int(row['sentences']):9d} {cells} {row['total']:8.2f} "
            f"{row['rss_mb']:7.0f} {row['sentences'] / row['total']:8.0f} {lex:>8} {tex:>8}"
        )
    print("\ngrowth exponent of each stage's time in the number of sentences (1 = linear):")
    print(f"{'between':>14} " + " ".join(f"{s:>9}" for s in stages))
    for a, b in zip(rows, rows[1:]):
        cells = " ".join(f"{_exponent(a['sentences'], a[s], b['sentences'], b[s]):>9}" for s in stages)
        print(f"{int(a['articles']):>6}-{int(b['articles']):<7} {cells}")
    big = rows[-1]
    ratio = "n/a"
    if sumy_rows[-1]["lexrank"] is not None and big["briefing"] > 0:
        ratio = f"{sumy_rows[-1]['lexrank'] / big['briefing']:.0f}x"
    elif big["briefing"] > 0:
        ratio = f">{args.cap / big['briefing']:.0f}x (LexRank timed out)"
    k = next((r for r in rows if r["articles"] >= 1000), big)
    print(
        f"{int(k['articles'])} articles: {k['total']:.1f} s, {k['rss_mb']:.0f} MB; "
        f"briefing {ratio} faster than LexRank at {int(big['articles'])}"
    )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
