"""What both ROUGE benchmarks share: paths, loading articles through brief's own ingest, scoring.

Articles go through the same ingest and segmentation as ``brief`` itself, so the numbers measure
what a user gets. ROUGE comes from the ``rouge-score`` package (Porter stemming, stop words kept).
"""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared/eval"

from brief.model import Article, Sentence  # noqa: E402


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """One JSON object per non-empty line; a missing file is a one-line error naming it, not a traceback."""
    if not path.is_file():
        raise SystemExit(f"{Path(sys.argv[0]).name}: no such file: {path} (the data directory is the first argument)")
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def load_articles(texts: Sequence[str], names: Sequence[str] | None = None) -> tuple[list[Article], dict[int, tuple[Sentence, ...]]]:
    """Articles and their sentences, built exactly as ``brief`` builds them from files."""
    from brief.ingest.text import article_from_text
    from brief.text.sentences import split_article

    articles = [
        article_from_text(text, i + 1, names[i] if names else f"doc{i + 1}.txt") for i, text in enumerate(texts)
    ]
    return articles, {a.id: split_article(a) for a in articles}


def truncate_words(text: str, limit: int) -> str:
    """The first ``limit`` whitespace-separated words (ROUGE's ``-l`` truncation)."""
    return " ".join(text.split()[:limit])


def scorer(kinds: Sequence[str]) -> Any:
    """A rouge-score scorer with Porter stemming (stop words are kept by rouge-score)."""
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(kinds), use_stemmer=True)


def run_with_timeout(function: Callable[..., Any], args: tuple[Any, ...], seconds: float) -> Any | None:
    """``function(*args)`` in a forked child; None if it has not answered within ``seconds``.

    Some sumy methods are quadratic or worse in pure Python; a cap keeps the bench to minutes.
    """
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as pool:
        pending = pool.apply_async(function, args)
        try:
            return pending.get(seconds)
        except multiprocessing.TimeoutError:
            pool.terminate()
            return None


def print_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A plain aligned table on stdout."""
    cells = [[str(h) for h in header]] + [[f"{c:.2f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
