"""How much of a page's article body brief's extraction keeps, and how little else: word-level P/R/F1.

Usage: python bench/extraction.py [--benchmark DIR] [--readability DIR] [--l3s [DIR]] [--set X]
       [--page NAME] [--quiet]

Each page's HTML is read as ``brief`` reads a saved page (brief.ingest.html.extract_html, no URL) and
its text is scored against a reference body written by people, as a bag of words (case-folded
``\\w+``): precision is the share of extracted words that are in the reference, recall the share of
the reference's words that were extracted. Three references (a held-out half's pages are never scored
one by one):

- github.com/scrapinghub/article-extraction-benchmark: ``ground-truth.json``'s ``articleBody``, for
  the pages whose names (bench/other_pages.py) are keys of bench/actors_web_gold_other_a.json;
- github.com/mozilla/readability: each ``test/test-pages/*/expected.html`` (its text), for the pages
  whose names are keys of bench/actors_web_gold_other_c.json;
- with ``--l3s`` (the folder holding the ``L3S-GN1-*`` checkout, default /tmp/l3s): the L3S-GN1
  assessors' full-text blocks, for halves I, K and M (read: a line per page) and J, L and N (held out: their
  totals only), as bench/l3s_reference.py reads them; words brief keeps beyond the full text that the
  headline or supplemental blocks (captions, bylines) hold count neither right nor wrong.

The reference bodies have the headline in some sets and not in others; brief's text never has it
(it is the title), so the headline is left out of both before scoring. ``--set`` scores only the sets
named (A, C, I, J, K, L, M, N); ``--page`` scores only the read pages named (and no held-out set). Prints a
line per page (``--quiet``: only those with recall or precision under 0.8), a line per set (with its
pooled word counts, finer than two decimals), and last
``extraction: P 0.NN R 0.NN F1 0.NN on N pages`` (words pooled over all pages scored).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html as entities
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from l3s_reference import HELD_OUT_HALVES, L3S, READ_HALVES, l3s_pages  # noqa: E402
from other_pages import page_name  # noqa: E402

from brief.ingest.decode import NotText, decode_bytes  # noqa: E402
from brief.ingest.html import extract_html  # noqa: E402

SOURCES = Path("/work/xpages/src")
BENCHMARK = SOURCES / "scrapinghub+article-extraction-benchmark"
READABILITY = SOURCES / "mozilla+readability"
GOLD_A = ROOT / "bench" / "actors_web_gold_other_a.json"
GOLD_C = ROOT / "bench" / "actors_web_gold_other_c.json"
LOW_RECALL = 0.8  # --quiet shows the pages below this: the losses worth reading
LOW_PRECISION = 0.8  # ... and those below this: the furniture and related links kept
_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.casefold()))


def score(got: Counter[str], want: Counter[str], forgiven: Counter[str] | None = None) -> tuple[int, int, int]:
    """Words in common, words extracted, words in the reference; extracted words beyond the reference's
    count that ``forgiven`` holds (text that is the article's but not its body) are not counted."""
    if forgiven:
        got = got - ((got - want) & forgiven)
    return sum((got & want).values()), sum(got.values()), sum(want.values())


def _gold_pages(path: Path) -> set[str]:
    return set(json.loads(path.read_text(encoding="utf-8"))["pages"])


def benchmark_pages(checkout: Path) -> Iterator[tuple[str, bytes, str]]:
    """(name, html, reference body) for the benchmark's A-half pages."""
    wanted = _gold_pages(GOLD_A)
    truth = json.loads((checkout / "ground-truth.json").read_text(encoding="utf-8"))
    for digest, entry in sorted(truth.items()):
        name = page_name(entry["url"], digest)
        if name in wanted:
            yield name, gzip.decompress((checkout / "html" / f"{digest}.html.gz").read_bytes()), entry.get("articleBody") or ""


def _text_of(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", html, flags=re.I | re.S)
    return entities.unescape(re.sub(r"<[^>]+>", " ", html))


def readability_pages(checkout: Path) -> Iterator[tuple[str, bytes, str]]:
    """(name, html, reference body) for readability's C-half pages."""
    wanted = _gold_pages(GOLD_C)
    for source in sorted((checkout / "test" / "test-pages").glob("*/source.html")):
        data = source.read_bytes()
        name = page_name(f"//{source.parent.name}/", hashlib.sha1(data).hexdigest())
        expected = source.parent / "expected.html"
        if name in wanted and expected.is_file():
            yield name, data, _text_of(expected.read_text(encoding="utf-8"))


def _f1(common: int, got: int, want: int) -> tuple[float, float, float]:
    p = common / got if got else 0.0
    r = common / want if want else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _read(data: bytes) -> tuple[str, Counter[str]]:
    """The body brief reads from a saved page and its title's words; nothing from a page brief refuses
    (an L3S page with NUL bytes in its markup is refused as binary)."""
    try:
        page = extract_html(decode_bytes(data)[0])
    except NotText:
        return "", Counter()
    return page.text, words(page.title)


Page = tuple[str, bytes, str, str]
"""A page to score: its name, its HTML, its reference body and its forgiven text."""


def _sets(args: argparse.Namespace) -> Iterator[tuple[str, bool, Iterator[Page]]]:
    """(label, read?, pages) for each set to score."""
    wanted = set(args.set) or {"A", "C", "I", "J", "K", "L", "M", "N"}
    if "A" in wanted:
        yield "A", True, ((n, d, r, "") for n, d, r in benchmark_pages(args.benchmark))
    if "C" in wanted:
        yield "C", True, ((n, d, r, "") for n, d, r in readability_pages(args.readability))
    if args.l3s is not None:
        for half in READ_HALVES + HELD_OUT_HALVES:
            if half in wanted and (half in READ_HALVES or not args.page):  # a held-out page is never scored alone
                yield half, half in READ_HALVES, ((p.name, p.html, p.full, p.forgiven) for p in l3s_pages(args.l3s, (half,)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--benchmark", type=Path, default=BENCHMARK)
    parser.add_argument("--readability", type=Path, default=READABILITY)
    parser.add_argument("--l3s", type=Path, nargs="?", const=L3S, default=None)
    parser.add_argument("--set", action="append", default=[], choices=["A", "C", "I", "J", "K", "L", "M", "N"])
    parser.add_argument("--page", action="append", default=[])
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    total = [0, 0, 0]
    pages = 0
    for label, read, found in _sets(args):
        sums = [0, 0, 0]
        count = 0
        for name, data, reference, forgiven in found:
            if args.page and name not in args.page:
                continue
            text, title = _read(data)
            common, got, want = score(words(text) - title, words(reference) - title, words(forgiven))
            p, r, f = _f1(common, got, want)
            if read and (not args.quiet or r < LOW_RECALL or p < LOW_PRECISION):
                print(f"{label} {name}: P {p:.2f} R {r:.2f} F1 {f:.2f} ({got} words, reference {want})")
            for i, n in enumerate((common, got, want)):
                sums[i] += n
            count += 1
        p, r, f = _f1(*sums)
        print(f"{label}: P {p:.2f} R {r:.2f} F1 {f:.2f} on {count} pages ({sums[0]} words right of {sums[1]}, reference {sums[2]})")
        total = [a + b for a, b in zip(total, sums)]
        pages += count
    p, r, f = _f1(*total)
    print(f"extraction: P {p:.2f} R {r:.2f} F1 {f:.2f} on {pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
