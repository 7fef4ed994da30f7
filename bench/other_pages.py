"""Unpack the public article-extraction benchmark's pages for ``bench/actors_web.py``'s other-sites gold.

Usage: python bench/other_pages.py BENCHMARK_DIR OUT_DIR

BENCHMARK_DIR is a checkout of github.com/scrapinghub/article-extraction-benchmark (its ``html/*.html.gz``
and ``ground-truth.json``): 181 real pages from 126 sites, 122 of them not among the sites of the 42
pages in ``../shared/eval/webpages``. Each page is written to OUT_DIR (outside the project: the pages are
third-party content) as ``HOST-HASH.html``, the name the other-sites golds key their pages by (HOST
without ``www.``, HASH the file's first six hex digits). Then score brief on them, each half apart
(A was read while fixing brief, B is held out) with ``python bench/actors_web.py OUT_DIR
--gold bench/actors_web_gold_other_a.json --gold bench/actors_web_gold_other_b.json``.
Last line: ``other-pages: N pages written to OUT_DIR``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path


def page_name(url: str, digest: str) -> str:
    """``HOST-HASH.html``: readable, and unique across the benchmark."""
    host = url.split("/")[2].removeprefix("www.")
    return f"{host}-{digest[:6]}.html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("benchmark", help="checkout of scrapinghub/article-extraction-benchmark")
    parser.add_argument("out", help="where to write the pages (a folder outside the project)")
    args = parser.parse_args(argv)
    source, out = Path(args.benchmark), Path(args.out)
    truth_file = source / "ground-truth.json"
    if not truth_file.is_file():
        print(f"other-pages: {truth_file} not found (is {source} a checkout of the benchmark?)", file=sys.stderr)
        return 2
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    for digest, entry in sorted(truth.items()):
        html = gzip.decompress((source / "html" / f"{digest}.html.gz").read_bytes())
        (out / page_name(entry["url"], digest)).write_bytes(html)
    print(f"other-pages: {len(truth)} pages written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
