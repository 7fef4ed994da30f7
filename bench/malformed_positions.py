"""Position summaries with a malformed leading verb, over every news article in the eval data.

Usage: ``python bench/malformed_positions.py [EVAL_DIR] [--limit N]`` (EVAL_DIR defaults to
``../shared/eval``; reads ``polnear/*/text/*.txt``, ``cnndm/dev.jsonl`` and ``duc2004/dev.jsonl``;
~5 min for their ~1,300 articles).

bench/actors_web.py counts malformed verbs on a few hundred positions of saved pages; a form that
goes wrong once in a thousand ("has not yet released" -> "yet released", "had to explain" -> "to
explain", "has pooh-poohed" kept in the past) shows only on many more. This runs brief on each
article alone, as the CLI does, and applies the same check (bench/_web_checks.py's
``malformed_verb``) to every position, printing each malformed one. Last line:
``malformed-positions: K/N positions in A articles``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import EVAL, read_jsonl  # noqa: E402
from _web_checks import malformed_verb, plural_holder  # noqa: E402
from actors_web import run_page  # noqa: E402


def texts(eval_dir: Path) -> Iterator[tuple[str, str]]:
    """(name, text) of every article: PolNeAR's splits, CNN/DailyMail dev, DUC 2004 dev's documents."""
    for path in sorted(eval_dir.glob("polnear/*/text/*.txt")):
        yield f"polnear {path.stem}", path.read_text(encoding="utf-8")
    cnndm = eval_dir / "cnndm" / "dev.jsonl"
    if cnndm.exists():
        for row in read_jsonl(cnndm):
            yield f"cnndm {row['id']}", row["article"]
    duc = eval_dir / "duc2004" / "dev.jsonl"
    if duc.exists():
        for row in read_jsonl(duc):
            for doc in row["docs"]:
                yield f"duc {row['cluster']} {doc['name']}", doc["text"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("eval_dir", nargs="?", type=Path, default=EVAL)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    articles = positions = malformed = 0
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "article.txt"
        for name, text in texts(args.eval_dir):
            if args.limit and articles >= args.limit:
                break
            page.write_text(text, encoding="utf-8")
            report, _ = run_page(page)
            articles += 1
            for actor in (a for story in (report.stories if report else ()) for a in story.actors):
                for position in actor.positions:
                    positions += 1
                    if malformed_verb(position.summary, position.cue, plural_holder(actor)):
                        malformed += 1
                        print(f"{name} | {actor.name}: cue {position.cue!r} -> {position.summary[:90]!r}", flush=True)
    if not articles:
        sys.exit(f"malformed-positions: no articles under {args.eval_dir}")
    print(f"malformed-positions: {malformed}/{positions} positions in {articles} articles")


if __name__ == "__main__":
    main()
