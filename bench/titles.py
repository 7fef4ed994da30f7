"""brief's title of each real saved page against the headline people labelled on it.

Usage: python bench/titles.py [L3S_DIR] [--fundus REPO] [--half K ...]

Each page is read as ``brief`` reads a saved page (brief.ingest.files.parse_article: the page's
bytes, no URL); its title is the article's, or the headline a page left out as not an article is
named by. Two references:

- L3S-GN1 (bench/other_pages.py): the assessors' headline label (``x-nc-sel1``) of each page, on
  halves I and J (the first ``L3S_SAMPLE`` long pages by UUID, alternate: the pages of
  bench/actors_web_gold_other_i.json and _j.json), K and L (the rest of the long pages, alternate
  by UUID, even index K) and M and N (the short pages, alternate, even index M), as bench/l3s_reference.py
  draws them. L3S_DIR is the checkout's folder holding
  ``L3S-GN1-*`` (default /tmp/l3s);
- fundus's own expected titles (``tests/resources/parser/test_data/<country>/<Publisher>.json``, one
  entry per parser version, paired with the publisher's saved pages in date order) for halves G and H
  (the pages of bench/actors_web_gold_other_g.json and _h.json), read from the git mirror REPO.

What counts as a match (``title_matches``): equality once case, spacing and punctuation are set aside
(the set's copies turn curly quotes into "?": "Kosovo?s"). An L3S page's label may be several blocks
(the assessors marked a kicker, the headline and a subtitle alike): brief's title matches any block or
two adjacent blocks joined ("Movie Review:" and "There Will Be Blood"), except a block that is only a
kicker or a section ("North Korea", "Football News": at most ``KICKER_WORDS`` words, or ending in a
colon, with another block after it), which is no headline alone. Only the first ``HEAD_BLOCKS`` blocks
count: later ones are sidebars' teasers the assessors marked too. Pages with no label are left out
and counted.

Read halves (K, I, M, G) print a line per miss; held-out halves (L, J, N, H) only their totals. Last line:
``titles: K 0.NN (n/N) L 0.NN (n/N) I ... J ... M ... N ... G ... H ...``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html as entities
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from l3s_reference import halves  # noqa: E402
from other_pages import FUNDUS_EDITIONS, page_name  # noqa: E402

L3S_DIR = Path("/tmp/l3s")
FUNDUS = Path("/work/.mirror/flairNLP+fundus/repo")
FUNDUS_DATA = "tests/resources/parser/test_data"
GOLDS = {half: ROOT / "bench" / f"actors_web_gold_other_{half.lower()}.json" for half in "GH"}
READ = ("K", "I", "M", "G")
HELD_OUT = ("L", "J", "N", "H")
KICKER_WORDS = 2
"""A label block this short with another after it is a kicker or a section ("North Korea", "Football
News"), not a headline: the shortest L3S headlines standing alone run to three words or more."""
HEAD_BLOCKS = 3
"""Label blocks read as the headline's: a kicker, the headline and a subtitle; later blocks are a
sidebar's teasers the assessors marked as headlines too."""

# --- the labels -----------------------------------------------------------------------------------

_TOKEN = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<(/?)([a-zA-Z][\w:-]*)([^>]*)>|([^<]+)", re.S | re.I)
_LABEL = re.compile(r"""class\s*=\s*["']?x-nc-sel(\d)""")
_INLINE_TAGS = frozenset("a abbr acronym b big cite em font i nobr q s small span strike strong sub sup tt u".split())
"""Tags within a line of text; any other (a <div>, a <br>, a heading, a site's own <byline>) ends a block."""


def label_blocks(annotated: str, label: str = "1") -> list[str]:
    """The text of each block the assessors gave ``label`` (``x-nc-sel1``: the headline), in order.

    Text belongs to the nearest labelled <span> around it (the labels nest); a block ends where the
    label changes or at the edge of an element that is not inline text (a <div>, a <br>, a <byline>)."""
    stack: list[str | None] = []
    blocks: list[str] = []
    current: list[str] = []

    def close() -> None:
        text = re.sub(r"\s+", " ", "".join(current)).strip()
        if text:
            blocks.append(text)
        current.clear()

    for match in _TOKEN.finditer(annotated):
        closing, tag, attrs, text = match.group(2), (match.group(3) or "").lower(), match.group(4) or "", match.group(5)
        if text is not None:
            own = next((mark for mark in reversed(stack) if mark is not None), None)
            if own == label:
                current.append(entities.unescape(text))
            elif text.strip():
                close()
        elif tag == "span":
            if closing:
                if stack:
                    stack.pop()
            else:
                found = _LABEL.search(attrs)
                stack.append(found.group(1) if found else None)
        elif tag not in _INLINE_TAGS:
            close()
    close()
    return blocks


def accepted_titles(blocks: list[str]) -> list[str]:
    """The titles that match a page's label blocks (see the module's docstring)."""
    head = [b for b in blocks if norm_title(b)][:HEAD_BLOCKS]
    accepted = [a + " " + b for a, b in zip(head, head[1:])]
    for n, block in enumerate(head):
        kicker = n + 1 < len(head) and (len(norm_title(block).split()) <= KICKER_WORDS or block.rstrip().endswith(":"))
        if not kicker:
            accepted.append(block)
    return accepted


def norm_title(text: str) -> str:
    """Case, spacing and punctuation aside (the set's "?" for a curly quote too)."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def title_matches(got: str, accepted: list[str]) -> bool:
    return bool(norm_title(got)) and norm_title(got) in {norm_title(t) for t in accepted}


# --- the pages ------------------------------------------------------------------------------------


def brief_title(data: bytes, name: str) -> str:
    """The title brief gives a saved page: its article's, or the headline naming a page left out."""
    from brief.ingest.files import NotText, parse_article
    from brief.ingest.pagekind import NotAnArticle

    try:
        return parse_article(data, 0, name)[0].title
    except NotAnArticle as exc:
        return exc.title
    except NotText:
        return ""


def l3s_halves(checkout: Path) -> dict[str, list[tuple[str, Path]]]:
    """Each L3S half's pages: (name, the assessors' copy), the saved page beside it in ``original``
    (the halves as ``bench/l3s_reference.py`` draws them)."""
    pages: dict[str, list[tuple[str, Path]]] = {half: [] for half in "KLIJMN"}
    for path, (name, half) in halves(checkout).items():
        pages[half].append((name, path.parent.parent / "annotated" / path.name))
    return pages


def l3s_cases(pages: list[tuple[str, Path]]) -> Iterator[tuple[str, bytes, list[str]]]:
    """(name, saved page, accepted titles) of each page."""
    for name, annotated in pages:
        blocks = label_blocks(annotated.read_bytes().decode("utf-8", "replace"))
        yield name, (annotated.parent.parent / "original" / annotated.name).read_bytes(), accepted_titles(blocks)


def _git_show(repo: Path, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True).stdout


def fundus_cases(repo: Path) -> dict[str, tuple[bytes, list[str]]]:
    """Each fundus page by its name (bench/other_pages.py): (the page, fundus's expected title). A
    publisher's versions (V1, V2, …) are paired with its saved pages in date order; a publisher whose
    counts differ is left out."""
    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", FUNDUS_DATA],
                             capture_output=True, check=True, text=True).stdout.split()
    cases: dict[str, tuple[bytes, list[str]]] = {}
    for edition in FUNDUS_EDITIONS:
        folder = f"{FUNDUS_DATA}/{edition}"
        if f"{folder}/meta.info" not in listing:
            continue
        meta = json.loads(_git_show(repo, f"{folder}/meta.info"))
        for expected in (p for p in listing if p.startswith(folder + "/") and p.endswith(".json")):
            publisher = expected.rsplit("/", 1)[1].removesuffix(".json")
            versions = json.loads(_git_show(repo, expected))
            pages = sorted(p for p in listing if re.fullmatch(re.escape(f"{folder}/{publisher}") + r"_\d{4}_\d\d_\d\d\.html\.gz", p))
            if len(pages) != len(versions):
                continue
            for path, version in zip(pages, sorted(versions, key=lambda v: int(re.sub(r"\D", "", v) or 0))):
                title = versions[version].get("title")
                if not title:
                    continue
                html = gzip.decompress(_git_show(repo, path))
                url = meta.get(path.rsplit("/", 1)[1], {}).get("url", "")
                host = url.split("/")[2] if url.count("/") >= 2 else publisher.lower()
                name = page_name(f"//{host.removeprefix('www.')}/", hashlib.sha1(html).hexdigest())
                cases[name] = (html, [title])
    return cases


def score(half: str, cases: Iterator[tuple[str, bytes, list[str]]]) -> tuple[int, int, int]:
    """(matched, scored, unlabelled) over one half; a read half's misses printed, a held-out half's never."""
    matched = scored = unlabelled = 0
    for name, data, accepted in cases:
        if not accepted:
            unlabelled += 1
            continue
        got = brief_title(data, name)
        scored += 1
        if title_matches(got, accepted):
            matched += 1
        elif half in READ:
            print(f"{half} {name}: {got!r}, labelled {' | '.join(accepted)!r}")
    return matched, scored, unlabelled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("l3s", nargs="?", type=Path, default=L3S_DIR)
    parser.add_argument("--fundus", type=Path, default=FUNDUS)
    parser.add_argument("--half", action="append", choices=[*READ, *HELD_OUT], help="only these halves; repeatable")
    args = parser.parse_args(argv)
    halves = args.half or ["K", "L", "I", "J", "M", "N", "G", "H"]
    l3s = l3s_halves(args.l3s) if set(halves) & set("KLIJMN") else {}
    fundus = fundus_cases(args.fundus) if set(halves) & set("GH") else {}
    parts = []
    for half in halves:
        if half in "KLIJMN":
            found = l3s_cases(l3s[half])
        else:
            wanted = sorted(json.loads(GOLDS[half].read_text(encoding="utf-8"))["pages"])
            found = iter([(name, *fundus[name]) for name in wanted if name in fundus])
        matched, scored, unlabelled = score(half, found)
        share = matched / scored if scored else 0.0
        print(f"{half}: {share:.2f} ({matched}/{scored}), {unlabelled} pages without a label")
        parts.append(f"{half} {share:.2f} ({matched}/{scored})")
    print("titles: " + " ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
