"""Unpack public sets of saved news pages for ``bench/actors_web.py``'s other-sites golds.

Usage: python bench/other_pages.py CHECKOUT [CHECKOUT ...] OUT_DIR

BENCHMARK_DIR is a checkout of github.com/scrapinghub/article-extraction-benchmark (its ``html/*.html.gz``
and ``ground-truth.json``): 181 real pages from 126 sites, 122 of them not among the sites of the 42
pages in ``../shared/eval/webpages``. Each page is written to OUT_DIR (outside the project: the pages are
third-party content) as ``HOST-HASH.html``, the name the other-sites golds key their pages by (HOST
without ``www.``, HASH the file's first six hex digits). Then score brief on them, each half apart
(A was read while fixing brief, B is held out) with ``python bench/actors_web.py OUT_DIR
--gold bench/actors_web_gold_other_a.json --gold bench/actors_web_gold_other_b.json``.

The same script unpacks the saved pages of three extraction libraries' test suites, each a checkout of
its repository (the kind is told by its layout), for a second pair of golds (C read while fixing, D held
out; ``bench/actors_web_gold_other_c.json`` and ``_d.json``): github.com/codelucas/newspaper
(``tests/data/html``), github.com/goose3/goose3 (``tests/data/content``, with each page's URL beside it)
and github.com/mozilla/readability (``test/test-pages/*/source.html``). Their pages are named
``HOST-HASH.html`` too (HOST from the URL where known, else from the file's name; HASH the first six hex
digits of the page's SHA-1); pages under ``MIN_PAGE_BYTES`` are the suites' hand-made fragments, not pages.
A third pair (E read while fixing, F held out; ``bench/actors_web_gold_other_e.json`` and ``_f.json``,
alternate pages by name) comes from github.com/postlight/parser (``fixtures/*.html``, 170 pages of ~165
sites, 2016-2019, 21 of them Japanese or Chinese), kept under their own names (``www.cnet.com.html``).
A fourth pair (G read while fixing, H held out; ``bench/actors_web_gold_other_g.json`` and ``_h.json``,
alternate pages by name) comes from github.com/flairNLP/fundus (``tests/resources/parser/test_data``,
one folder per country, each page gzipped with its URL in the folder's ``meta.info``): the pages of the
editions of English-speaking countries (``FUNDUS_EDITIONS``), 2023-2026, named ``HOST-HASH.html``.
A fifth pair (I read while fixing, J held out; ``bench/actors_web_gold_other_i.json`` and ``_j.json``,
alternate pages by name) comes from L3S-GN1 (Kohlschuetter et al., WSDM 2010: 621 articles from 408 sites
found through six English-language Google News editions in 2008), as converted to one file per page in
github.com/geodrome/page-signal (``L3S-GN1-*/original/UUID.html``, the assessors' labels beside it in
``annotated/``): the first ``L3S_SAMPLE`` pages by UUID whose labelled full text runs to ``L3S_MIN_WORDS``,
named ``l3s-UUID8.html`` (the conversion keeps no URL). The rest of the long pages make K (read) and L (held
out), alternate by UUID (bench/l3s_reference.py); ``bench/actors_web_gold_other_k.json`` is a blind gold for 30
pages of K (session 61).
Last line: ``other-pages: N pages written to OUT_DIR``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path


def page_name(url: str, digest: str) -> str:
    """``HOST-HASH.html``: readable, and unique across the benchmark."""
    host = url.split("/")[2].removeprefix("www.")
    return f"{host}-{digest[:6]}.html"


MIN_PAGE_BYTES = 15_000
"""Smaller files in the libraries' suites are hand-made fragments testing one rule, not saved pages."""


def _hashed_name(host: str, html: bytes) -> str:
    return page_name(f"//{host}/", hashlib.sha1(html).hexdigest())


def _benchmark_pages(source: Path) -> dict[str, bytes]:
    truth = json.loads((source / "ground-truth.json").read_text(encoding="utf-8"))
    return {
        page_name(entry["url"], digest): gzip.decompress((source / "html" / f"{digest}.html.gz").read_bytes())
        for digest, entry in truth.items()
    }


def _newspaper_pages(folder: Path) -> dict[str, bytes]:
    """``reuters.com1.html``: the host is the name less its number."""
    return {
        _hashed_name(re.sub(r"\d*$", "", path.stem), path.read_bytes()): path.read_bytes()
        for path in folder.glob("*.html")
    }


def _goose_pages(folder: Path) -> dict[str, bytes]:
    """``test_cnn1.html`` beside ``test_cnn1.json``, whose ``url`` names the page's host."""
    pages = {}
    for path in folder.glob("*.html"):
        meta = path.with_suffix(".json")
        url = json.loads(meta.read_text(encoding="utf-8")).get("url", "") if meta.is_file() else ""
        host = url.split("/")[2] if url.count("/") >= 2 else path.stem.removeprefix("test_")
        pages[_hashed_name(host, path.read_bytes())] = path.read_bytes()
    return pages


def _readability_pages(folder: Path) -> dict[str, bytes]:
    """``nytimes-1/source.html``: the folder names the site."""
    return {
        _hashed_name(path.parent.name, path.read_bytes()): path.read_bytes()
        for path in folder.glob("*/source.html")
    }


def _postlight_pages(folder: Path) -> dict[str, bytes]:
    """``www.cnet.com.html``: one saved page per site (a few sites twice, ``--video``), kept by its own
    name and whatever its size (the fixtures are all whole pages, some of them short)."""
    return {path.name: path.read_bytes() for path in folder.glob("*.html")}


FUNDUS_EDITIONS = ("us", "uk", "ca", "au", "za", "ind", "na", "ls", "tz", "my")
"""The folders of countries whose press writes mostly in English (fundus keeps one per country; the few
pages in Zulu, Hindi or Swahili among them are kept: they test the language check)."""


def _fundus_pages(folder: Path) -> dict[str, bytes]:
    """``uk/BBC_2024_08_01.html.gz``: the host is that of the URL ``uk/meta.info`` gives for the file."""
    pages = {}
    for edition in FUNDUS_EDITIONS:
        meta_path = folder / edition / "meta.info"
        if not meta_path.is_file():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for path in sorted((folder / edition).glob("*.html.gz")):
            url = meta.get(path.name, {}).get("url", "")
            host = url.split("/")[2] if url.count("/") >= 2 else path.name.split("_")[0].lower()
            html = gzip.decompress(path.read_bytes())
            pages[_hashed_name(host.removeprefix("www."), html)] = html
    return pages


L3S_SAMPLE = 100
"""Pages taken from L3S-GN1: as many as two halves of a gold can be written for in one session by four
readers (UUIDs are random, so the first by UUID are a random sample)."""

L3S_MIN_WORDS = 200
"""Full-text words (the assessors' ``x-nc-sel2`` label) a page needs: shorter ones are briefs and captions
with few actors, where a gold reader's time buys little."""


def _labelled_words(annotated: bytes) -> int:
    """Words the L3S assessors labelled full text on one page."""
    spans = re.findall(rb'<span class="x-nc-sel2">(.*?)</span>', annotated, flags=re.S)
    return sum(len(re.sub(rb"<[^>]*>", b" ", span).split()) for span in spans)


def _l3s_pages(folder: Path) -> dict[str, bytes]:
    """``original/UUID.html`` beside ``annotated/UUID.html``: the sample described above."""
    pages = {}
    for path in sorted((folder / "original").glob("*.html")):
        if len(pages) == L3S_SAMPLE:
            break
        if _labelled_words((folder / "annotated" / path.name).read_bytes()) >= L3S_MIN_WORDS:
            pages[f"l3s-{path.stem[:8]}.html"] = path.read_bytes()
    return pages


def read_pages(source: Path) -> dict[str, bytes] | None:
    """Every page of one checkout by its name, or None when the layout is none of the known ones."""
    if (source / "ground-truth.json").is_file():
        return _benchmark_pages(source)
    if (source / "fixtures").is_dir() and (source / "src" / "extractors").is_dir():
        return _postlight_pages(source / "fixtures")
    if (source / "tests/resources/parser/test_data").is_dir():
        return _fundus_pages(source / "tests/resources/parser/test_data")
    l3s = sorted(source.glob("L3S-GN1-*/original"))
    if l3s:
        return _l3s_pages(l3s[0].parent)
    layouts = (
        ("tests/data/html", _newspaper_pages),
        ("tests/data/content", _goose_pages),
        ("test/test-pages", _readability_pages),
    )
    for folder, reader in layouts:
        if (source / folder).is_dir():
            pages = reader(source / folder)
            return {name: html for name, html in pages.items() if len(html) >= MIN_PAGE_BYTES}
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkouts", nargs="+", help="checkouts of the benchmark or of the libraries named above")
    parser.add_argument("out", help="where to write the pages (a folder outside the project)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    pages: dict[str, bytes] = {}
    for checkout in map(Path, args.checkouts):
        found = read_pages(checkout)
        if found is None:
            print(f"other-pages: {checkout} is none of the known page sets (see --help)", file=sys.stderr)
            return 2
        pages.update(found)
    out.mkdir(parents=True, exist_ok=True)
    for name, html in sorted(pages.items()):
        (out / name).write_bytes(html)
    print(f"other-pages: {len(pages)} pages written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
