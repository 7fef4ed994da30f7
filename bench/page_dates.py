"""Dates and CPU of reading the dev web pages: how many get a date, and what the reading costs.

Each page is read as ``brief`` reads a fetched one (its URL from dev-index.json as the hint), in
one process, so the one-off costs (trafilatura's import, dateparser's locales) are counted once.
``--save FILE`` writes each page's date and title as JSON, to compare two runs.
Run: ``BRIEF_CACHE_DIR=$(mktemp -d) python bench/page_dates.py [PAGES_DIR]`` (default: ``../shared/eval/webpages``,
which holds ``dev-index.json`` and ``dev/``).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
PAGES = ROOT.parent / "shared" / "eval" / "webpages"

from brief.ingest.decode import NotText  # noqa: E402
from brief.ingest.files import parse_text  # noqa: E402

SLOWEST_SHOWN = 5


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pages", nargs="?", type=Path, default=PAGES, help=f"saved pages; default {PAGES}")
    parser.add_argument("--save", type=Path, help="write each page's date and title as JSON to FILE")
    args = parser.parse_args()
    if not (args.pages / "dev-index.json").is_file():
        parser.error(f"no dev-index.json in {args.pages}")
    urls = {e["file"]: e["url"] for e in json.loads((args.pages / "dev-index.json").read_text(encoding="utf-8"))}
    found: dict[str, dict[str, str]] = {}
    times: list[tuple[float, str]] = []
    start = _cpu()
    for path in sorted((args.pages / "dev").glob("*.html")):
        html = path.read_text(encoding="utf-8", errors="replace")
        began = time.process_time()
        try:
            article, _ = parse_text(html, 1, path.name, {"url": urls.get(path.name, "")})
            found[path.name] = {"date": article.date, "title": article.title}
        except NotText as exc:
            found[path.name] = {"error": str(exc)}
        times.append((time.process_time() - began, path.name))
    cpu = _cpu() - start
    dated = sum(1 for page in found.values() if page.get("date"))
    print(f"{len(found)} pages, {dated} dated; reading them: {cpu:.1f} CPU-s")
    for seconds, name in sorted(times, reverse=True)[:SLOWEST_SHOWN]:
        print(f"  {seconds:5.2f} CPU-s  {name}")
    if args.save:
        args.save.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
