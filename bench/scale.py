"""How brief's cost grows with the number of articles, against sumy's LexRank and TextRank.

    python bench/scale.py [EVAL_DIR] [--sizes 10,100,1000,3000] [--cap 120]

EVAL_DIR defaults to ../shared/eval. Articles are assembled from the DUC 2004 documents, the
PolNeAR texts and the CNN/DailyMail articles found there; past the number of distinct texts,
new articles are stitched from the halves of two different ones, so that duplicate detection
keeps them all. Each size runs in a fresh process (so peak RSS is that size's own) through
pipeline.build_report exactly as the CLI runs it (process pool included), stage times taken from
its progress reports; sumy's LexRank and TextRank run on the same pooled sentences in a
subprocess with a time cap. Separately, the briefing and sumy's LexRank are timed on the same
3,000 pooled sentences (--pool). Each size runs three times against one article cache, which
starts empty: cold, warm (the same input again) and with a tenth of the files replaced by unseen
articles (the others keep their paths, so their parsed copies are kept too). --no-ratio skips the
LexRank ratio (minutes). Ends with:
`1000 articles: N.N s cold, N.N s warm, N.N s 10% new, NNN MB; briefing NNNx faster than LexRank at 3000 sentences`.
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
RATIO_SENTENCES = 3000
RATIO_CAP = 600.0
"""Pooled sentences on which the briefing is timed against sumy's LexRank (about a minute), and
the time cap for that LexRank run (--cap applies when larger)."""
SUMY_MAX_SENTENCES = 10_000
"""sumy's LexRank and TextRank are not run on more pooled sentences than this: they would only hit the cap."""


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


def _halves(text: str) -> tuple[list[str], list[str]]:
    """The first and second half of a text, by paragraphs, lines, or (one-line texts) sentences."""
    parts = text.split("\n\n")
    if len(parts) < 2:
        parts = text.split("\n")
    if len(parts) < 2:
        parts = text.replace(". ", ".\n").split("\n")
    middle = max(1, len(parts) // 2)
    return parts[:middle], parts[middle:]


def assemble(texts: list[str], n: int) -> list[str]:
    """n articles: the distinct texts first, then each further one stitched from halves of three
    different texts, so that no source makes up most of it and duplicate detection keeps them all."""
    out = texts[:n]
    k = 0
    size = len(texts)
    while len(out) < n:
        turn = k // size  # new partners each time round, or the stitched texts would repeat
        a, b, c = texts[k % size], texts[(k * 7 + 13 + turn * 101) % size], texts[(k * 11 + 29 + turn * 211) % size]
        if len({id(a), id(b), id(c)}) == 3:
            side = turn % 2  # alternate halves too, so two turns never share a piece of the same text
            out.append("\n\n".join(_halves(a)[side] + _halves(b)[1 - side] + _halves(c)[side]))
        k += 1
    return out


STAGES = ("load", "segment", "briefing", "per_article", "actors", "render")
"""Columns: reading files; splitting sentences; the multi-document briefing; the per-article work
(summaries, NER, attribution: in a process pool on large inputs, overlapping the briefing, so this
is what is left of it once the briefing is done); grouping mentions into actors; rendering text."""

_STAGE_OF = {"Splitting sentences": "segment", "Briefing": "briefing"}


def run_one(folder: Path, cache: bool = False) -> dict[str, float]:
    """The whole pipeline on one folder, as the CLI runs it, timed stage by stage; in its own process.

    Stage times come from the pipeline's own progress reports (the time from one stage's last
    report to the next one's), so the pool's overlap is counted once. ``cache``: with the article
    cache in $BRIEF_CACHE_DIR (the CLI's default), else as ``--no-cache``.
    """
    from brief import parallel, pipeline
    from brief.render.text import render_text

    times: dict[str, float] = {s: 0.0 for s in STAGES}
    options = pipeline.Options(cache=cache)
    t = time.perf_counter()
    loaded = pipeline.load([str(folder)], options)
    times["load"] = time.perf_counter() - t
    marks: list[tuple[str, float]] = []

    def progress(stage: str, done: int, total: int) -> None:
        marks.append((_STAGE_OF.get(stage, "per_article"), time.perf_counter()))

    start = time.perf_counter()
    report = pipeline.build_report(loaded, options, progress=progress)
    end = time.perf_counter()
    last = start
    for stage, at in marks:
        times[stage] += at - last
        last = at
    times["actors"] = end - last
    t = time.perf_counter()
    render_text(report)
    times["render"] = time.perf_counter() - t
    workers = parallel.worker_count(loaded.articles)
    _stop_fork_server()
    times["workers"] = workers
    times["articles"] = len(loaded.articles)
    times["sentences"] = sum(len(s) for s in report.sentences.values())
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if workers > 1 else 0.0
    times["rss_mb"] = own + workers * children  # this process plus every worker at the largest one's peak
    return times


def _pool_of(texts: list[str], n_sentences: int) -> tuple[list, dict]:
    """Articles (and their sentences) holding exactly ``n_sentences`` sentences, the last one cut short."""
    from brief.ingest.files import parse_text
    from brief.text.sentences import split_article

    articles, sentences, total = [], {}, 0
    for i, text in enumerate(texts, 1):
        article, _ = parse_text(text, len(articles) + 1, f"{i}.txt")
        sents = split_article(article)[: n_sentences - total]
        if not sents:
            continue
        articles.append(article)
        sentences[article.id] = sents
        total += len(sents)
        if total >= n_sentences:
            break
    return articles, sentences


def _stop_fork_server() -> None:
    """Stop and reap the pool's fork server, if one was started: its workers are its children, not this
    process's, so only then do their CPU time and peak RSS count in this process's RUSAGE_CHILDREN."""
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # CPython's own (its tests stop the server so)
    if stop is not None:
        stop()


def run_ratio(eval_dir: Path, n_sentences: int, lexrank: bool) -> dict[str, float]:
    """Seconds for our briefing, or for sumy's LexRank (10 sentences), on the same pooled sentences."""
    from brief.summarize.briefing import build_briefing
    from brief.summarize.sumy_methods import lexrank as sumy_lexrank

    texts = gather_texts(eval_dir)
    articles, sentences = _pool_of(texts, n_sentences)
    pooled = [s for a in articles for s in sentences[a.id]]
    # Warm up on other texts (the end of the list), as a first briefing in the same process would:
    # imports, and HiGHS's one-time start (~0.1 s), without stemming the timed pool's words.
    warm_articles, warm_sentences = _pool_of(texts[::-1], 400)
    build_briefing(warm_articles, warm_sentences)
    sumy_lexrank(pooled[:20], 3)
    t = time.perf_counter()
    if lexrank:
        sumy_lexrank(pooled, 10)
    else:
        build_briefing(articles, sentences)
    return {"seconds": time.perf_counter() - t, "sentences": len(pooled)}


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


def _child(args: list[str], cap: float, cache_dir: Path | None = None) -> dict[str, float] | None:
    """Run this script on ``args`` in a fresh process; its last line, parsed. ``cache_dir``: the
    article cache it uses (None: none at all, as --no-cache)."""
    env = dict(os.environ)
    if cache_dir is not None:
        env["BRIEF_CACHE_DIR"] = str(cache_dir)
        args = [*args, "--cache"]
    try:
        out = subprocess.run(
            [sys.executable, __file__, *args], capture_output=True, text=True, timeout=cap, check=True, env=env
        )
    except subprocess.TimeoutExpired:
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(folder: Path, cache_dir: Path) -> dict[str, float]:
    """One whole run of the pipeline on ``folder`` in a fresh process: its stage times, and its wall
    and CPU seconds (user + sys, the process and its workers) as seen from here."""
    cpu, t = _cpu_children(), time.perf_counter()
    row = _child(["--one", str(folder)], cap=3600, cache_dir=cache_dir)
    assert row is not None
    row["total"] = time.perf_counter() - t
    row["cpu"] = _cpu_children() - cpu
    return row


def _sumy(folder: Path, row: dict[str, float], cap: float) -> dict[str, float | None]:
    """Seconds of sumy's LexRank and TextRank on the folder's pooled sentences (None: timed out;
    -1: not run, past ``SUMY_MAX_SENTENCES``)."""
    sumy: dict[str, float | None] = {}
    for method in ("lexrank", "textrank"):
        if row["sentences"] > SUMY_MAX_SENTENCES:
            sumy[method] = -1.0  # not run: it would only hit the cap
            continue
        result = _child(["--one", str(folder), "--sumy", method], cap=cap)
        sumy[method] = None if result is None else float(result)  # type: ignore[arg-type]
    return sumy


def _exponent(x0: float, y0: float, x1: float, y1: float) -> str:
    if min(x0, y0, x1, y1) <= 0 or x1 == x0:
        return "  -"
    return f"{math.log(y1 / y0) / math.log(x1 / x0):5.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("eval_dir", nargs="?", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--sizes", default="10,100,1000,3000")
    parser.add_argument("--cap", type=float, default=120.0, help="time cap for each sumy run, seconds")
    parser.add_argument("--pool", type=int, default=RATIO_SENTENCES, help="pooled sentences for the LexRank ratio")
    parser.add_argument("--no-ratio", action="store_true", help="skip the LexRank ratio (minutes)")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sumy", help=argparse.SUPPRESS)
    parser.add_argument("--cache", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ratio", choices=("briefing", "lexrank"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ratio:
        print(json.dumps(run_ratio(args.eval_dir, args.pool, args.ratio == "lexrank")))
        return
    if args.one:
        print(json.dumps(run_sumy(args.one, args.sumy) if args.sumy else run_one(args.one, args.cache)))
        return
    texts = gather_texts(args.eval_dir)
    if not texts:
        sys.exit(f"no texts found under {args.eval_dir}")
    sizes = [int(s) for s in args.sizes.split(",")]
    rows: list[dict[str, float]] = []
    sumy_rows: list[dict[str, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            folder = Path(tmp) / str(n)
            folder.mkdir()
            more = assemble(texts, n + max(1, n // 10))
            for i, text in enumerate(more[:n]):
                (folder / f"{i:05d}.txt").write_text(text)
            cache_dir = Path(tmp) / f"{n}-cache"
            row = _timed(folder, cache_dir)  # cold: an empty article cache, filled by this run
            warm = _timed(folder, cache_dir)  # the same input again
            sumy = _sumy(folder, row, args.cap)
            # "new": the same folder a day later, its last tenth of files replaced by unseen articles
            # under new names (the others keep their paths, as a user's feeds folder does).
            for i in range(n - max(1, n // 10), n):
                (folder / f"{i:05d}.txt").unlink()
            for i, text in enumerate(more[n:], n):
                (folder / f"{i:05d}.txt").write_text(text)
            new = _timed(folder, cache_dir)  # 10% new articles
            row.update(warm=warm["total"], warm_cpu=warm["cpu"], new=new["total"], new_cpu=new["cpu"])
            row["warm_rss_mb"] = warm["rss_mb"]
            row["requested"] = n
            rows.append(row)
            sumy_rows.append(sumy)
            print(f"  done {n} articles", file=sys.stderr)
    ratio_args = [str(args.eval_dir), "--pool", str(args.pool), "--ratio"]
    ours = None if args.no_ratio else _child([*ratio_args, "briefing"], cap=3600)
    theirs = None if args.no_ratio else _child([*ratio_args, "lexrank"], cap=max(args.cap, RATIO_CAP))
    print("  done the LexRank ratio", file=sys.stderr)

    header = f"{'articles':>8} {'sentences':>9} " + " ".join(f"{s.replace('_', '-'):>11}" for s in STAGES)
    header += f" {'total s':>8} {'RSS MB':>7} {'procs':>5} {'sent/s':>8} {'LexRank':>8} {'TextRank':>8}"
    header += f" {'cpu s':>6} {'warm s':>6} {'cpu s':>6} {'10%new':>6} {'cpu s':>6}"
    print(header)

    def cell(value: float | None) -> str:
        return "timeout" if value is None else "-" if value < 0 else f"{value:.2f}"

    for row, sumy in zip(rows, sumy_rows):
        cells = " ".join(f"{row[s]:11.2f}" for s in STAGES)
        print(
            f"{int(row['articles']):8d} {int(row['sentences']):9d} {cells} {row['total']:8.2f} "
            f"{row['rss_mb']:7.0f} {int(row['workers']):5d} {row['sentences'] / row['total']:8.0f} "
            f"{cell(sumy['lexrank']):>8} {cell(sumy['textrank']):>8}"
            f" {row['cpu']:6.2f} {row['warm']:6.2f} {row['warm_cpu']:6.2f} {row['new']:6.2f} {row['new_cpu']:6.2f}"
        )
    print(
        "\nstage seconds from the pipeline's own progress reports; 'per-article' is the per-article work"
        "\n(summaries, NER, attribution) left after the briefing, which overlaps it when procs > 1;"
        "\nRSS is the main process plus each worker at the largest worker's peak; sumy '-': not run"
        f" past {SUMY_MAX_SENTENCES:,} sentences;"
        "\n'total s' is cold (an empty article cache), 'warm s' the same input again, '10%new' the same"
        "\nfolder with its last tenth of files replaced by unseen articles, each a fresh process (start-up included);"
        "\n'cpu s' is user + sys of that process and its workers"
    )
    print("\ngrowth exponent of each stage's time in the number of sentences (1 = linear):")
    print(f"{'between':>14} " + " ".join(f"{s.replace('_', '-'):>11}" for s in (*STAGES, "total")))
    for a, b in zip(rows, rows[1:]):
        cells = " ".join(
            f"{_exponent(a['sentences'], a[s], b['sentences'], b[s]):>11}" for s in (*STAGES, "total")
        )
        print(f"{int(a['articles']):>6}-{int(b['articles']):<7} {cells}")

    k = next((r for r in rows if r["requested"] == 1000), rows[-1])  # ~1000 once duplicates are dropped
    summary = (f"{int(k['articles'])} articles: {k['total']:.1f} s cold, {k['warm']:.1f} s warm, {k['new']:.1f} s 10% new, "
               f"{k['rss_mb']:.0f} MB")
    if args.no_ratio:
        print(f"\n{summary}")
        return
    assert ours is not None
    pool = int(ours["sentences"])
    if theirs is not None:
        lex = f"{theirs['seconds']:.1f} s"
        ratio = f"{theirs['seconds'] / ours['seconds']:.0f}x"
    else:
        lex = f"> {max(args.cap, RATIO_CAP):.0f} s (timed out)"
        ratio = f">{max(args.cap, RATIO_CAP) / ours['seconds']:.0f}x"
    print(f"\nbriefing vs sumy LexRank on the same {pool:,} pooled sentences: {ours['seconds']:.2f} s vs {lex}")
    print(f"{summary}; briefing {ratio} faster than LexRank at {pool} sentences")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
