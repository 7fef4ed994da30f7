"""Where the per-article reading spends its CPU: a sampled profile of one process reading a pile.

    python bench/read_profile.py [EVAL_DIR] [--articles 200] [--top 40] [--parent NAME] [--lines]

Takes every fifth article of bench/scale.py's 1,000-article pile (DUC 2004, PolNeAR, CNN/DailyMail;
``--articles`` of them), reads each as a pool worker does (``parallel.read_article``: summary, names,
positions) in this process after one warm-up article, with the collector set as a worker has it, and
samples the Python stack every millisecond of CPU (``ITIMER_PROF``). Prints the CPU seconds of the
reading, then each function's share of the samples it is on the stack (inclusive) and on top (own);
``--parent NAME`` also lists the callees of the function NAME by their share, ``--lines`` the hottest
lines. Why sampled and not cProfile: cProfile's per-call cost triples the run and inflates the many
small rules (``states_nothing`` read 7% under it, 5% sampled and timed).
"""

from __future__ import annotations

import argparse
import collections
import gc
import signal
import sys
import time
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SAMPLE_SECONDS = 0.001
"""CPU time between two samples: ~16,000 samples for 200 articles, enough for shares of 0.1%."""
PILE = 1000
"""The scale pile the articles are taken from, one in every PILE // articles."""


class Sampler:
    """Counts, at each sample, every function on the stack (once) and the one on top."""

    def __init__(self, parent: str) -> None:
        self.inclusive: collections.Counter[str] = collections.Counter()
        self.own: collections.Counter[str] = collections.Counter()
        self.lines: collections.Counter[str] = collections.Counter()
        self.children: collections.Counter[str] = collections.Counter()
        self.parent = parent
        self.samples = 0

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.samples += 1
        seen: set[str] = set()
        top = True
        while frame is not None:
            key = f"{_short(frame.f_code.co_filename)}:{frame.f_code.co_name}"
            if top:
                self.own[key] += 1
                self.lines[f"{key}:{frame.f_lineno}"] += 1
                top = False
            if key not in seen:
                self.inclusive[key] += 1
                seen.add(key)
            caller = frame.f_back
            if self.parent and caller is not None and caller.f_code.co_name == self.parent:
                self.children[f"{key} (line {caller.f_lineno})"] += 1
            frame = caller


def _short(path: str) -> str:
    root = str(ROOT) + "/"
    return path[len(root):] if path.startswith(root) else path.rsplit("/", 2)[-1] if "site-packages" in path else path


def _table(title: str, counts: collections.Counter[str], total: int, top: int) -> None:
    print(f"== {title}")
    for key, n in counts.most_common(top):
        print(f"{100 * n / total:5.1f}  {key}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("eval_dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--parent", default="", help="list the callees of this function (its name)")
    parser.add_argument("--lines", action="store_true", help="list the hottest lines")
    args = parser.parse_args()

    import scale

    from brief.ingest.files import parse_text
    from brief.parallel import read_article
    from brief.pipeline import collect_less

    pile = scale.assemble(scale.gather_texts(args.eval_dir), PILE)
    texts = pile[:: max(1, PILE // args.articles)][: args.articles]
    articles = [parse_text(text, i + 1, f"{i:05d}.txt")[0] for i, text in enumerate(texts)]
    collect_less()
    read_article(articles[0], None, "position", 3, True)  # the models load, the modules import
    gc.freeze()  # as the fork server leaves a worker
    sampler = Sampler(args.parent)
    signal.signal(signal.SIGPROF, sampler)
    start = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, SAMPLE_SECONDS, SAMPLE_SECONDS)
    for article in articles:
        read_article(article, None, "position", 3, True)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = time.process_time() - start
    total = max(1, sampler.samples)
    print(f"{len(articles)} articles read in {cpu:.2f} CPU-s ({1000 * cpu / len(articles):.1f} ms each), "
          f"{sampler.samples} samples")
    _table("inclusive (on the stack)", sampler.inclusive, total, args.top)
    _table("own (on top)", sampler.own, total, args.top)
    if args.parent:
        _table(f"callees of {args.parent}", sampler.children, total, args.top)
    if args.lines:
        _table("lines", sampler.lines, total, args.top)


if __name__ == "__main__":
    main()
