"""Story grouping on real saved web pages: B-cubed against a judged gold, and pages of one site.

Usage: ``python bench/stories_web.py [DIRS...] [--gold FILE] [--no-sites]`` (default: the dev pages in
``../shared/eval/webpages/dev`` and the other-sites pages unpacked by bench/other_pages.py in
``/work/xpages/pages``, ``pages2``, ``pages3``).

Only the pages the gold names are read (``bench/stories_web_gold.json``: the read halves A, C and E of
the other-sites actor gold and the dev pages; never a held-out half's page). They are briefed as one
pile, as a user would brief a folder of them (``pipeline.load``, sentences, ``group_articles``); pages
brief does not read as articles are left out of the scores. Printed: B-cubed precision, recall and F1
(Bagga & Baldwin 1998) against the gold, and every wrong merge (a found story holding pages of several
gold stories) and split (a gold story over several found ones), by page name.

Then pages of one site, as a day's feeds give them (same navigation, footer, bylines, section names):
each page's site is read from its ``<link rel=canonical>`` or ``og:url`` (else its file name), and
- ``sites``: every page of a site with two or more pages, as one pile;
- ``each site``: each such site's pages alone, as a pile of their own;
scored the same way, with the found stories that join two pages of one site that the gold keeps apart
(a story grouped by its furniture) listed. Last line: ``stories_web: B3 F1 0.NNN (P 0.NNN R 0.NNN)``
(the whole pile).

``--l3s [DIR]`` (default checkout /tmp/l3s; ``--l3s-only`` for these alone, ``--half K`` for one half): the
L3S-GN1 pages of /work/pages/kl (2008, found through six Google News editions), each half the gold
``bench/stories_web_gold_l3s.json`` holds (``"halves"``, see bench/stories_l3s.py) briefed as one pile and
scored the same way, with its pages of one site (the site from the address each page was fetched from,
``url-mapping.txt`` in the checkout). The read half K prints its wrong merges and splits by page name (a
merge of pages its judge doubted marked "judged near"); the held-out half L prints totals only. Run alone,
the last line is ``stories_web l3s: K B3 F1 0.NNN (P 0.NNN R 0.NNN), L B3 F1 ...``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from urllib.parse import urlparse

from _common import ROOT
from stories import bcubed
from stories_l3s import GOLD_L3S, L3S, gold_halves, gold_labels, is_held_out, page_addresses, stage_half

from brief import pipeline
from brief.model import Article, Sentence
from brief.stories import group_articles

GOLD = ROOT / "bench" / "stories_web_gold.json"
DEFAULT_DIRS = (
    ROOT.parent / "shared" / "eval" / "webpages" / "dev",
    Path("/work/xpages/pages"),
    Path("/work/xpages/pages2"),
    Path("/work/xpages/pages3"),
)
HEAD_BYTES = 200_000
"""How much of a page is searched for its address (the head, where canonical and og:url are)."""
_ADDRESS_TAG = re.compile(rb"<(?:link|meta)\b[^>]*(?:rel=[\"']?canonical\b|property=[\"']og:url[\"'])[^>]*>", re.I)
_ADDRESS = re.compile(rb"(?:href|content)=[\"']([^\"']+)[\"']", re.I)
_NAME_HOST = re.compile(r"^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*?\.(?:co\.uk|co\.jp|com\.br|[a-z]{2,3}))(?=[-.]|$)")
_SECOND_LEVEL = frozenset({"co", "com", "ac", "gov", "ne", "or", "org"})


def site_of(path: Path, addresses: Mapping[str, str] | None = None) -> str:
    """The page's site: the registered domain of its canonical or og:url address, else of the address it was
    fetched from (``addresses``, by page name), else of its file name."""
    head = path.read_bytes()[:HEAD_BYTES]
    for tag in _ADDRESS_TAG.finditer(head):
        for address in _ADDRESS.findall(tag.group(0)):
            host = urlparse(address.decode("utf-8", "replace")).netloc.lower().split(":")[0]
            if host:
                return _registered(host)
    fetched = urlparse((addresses or {}).get(path.name, "")).netloc.lower().split(":")[0]
    if fetched:
        return _registered(fetched)
    named = _NAME_HOST.match(path.name.lower())
    return _registered(named.group(1)) if named else path.name


def _registered(host: str) -> str:
    """``www.bbc.co.uk`` -> ``bbc.co.uk``; ``edition.cnn.com`` -> ``cnn.com``."""
    parts = host.split(".")
    keep = 3 if len(parts) > 2 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2 else 2
    return ".".join(parts[-keep:])


def read_pile(paths: Sequence[Path]) -> tuple[list[Article], dict[int, tuple[Sentence, ...]], list[str]]:
    """The pages as brief reads a folder of them: articles, their sentences, the pages refused."""
    options = pipeline.Options(workers=1, cache=False)
    with contextlib.redirect_stderr(io.StringIO()):  # library warnings are not the bench's output
        loaded = pipeline.load([str(p) for p in paths], options)
        sentences = pipeline.split_all(loaded.articles)
    return list(loaded.articles), sentences, list(loaded.errors)


def found_stories(articles: Sequence[Article], sentences: dict[int, tuple[Sentence, ...]]) -> list[list[str]]:
    """brief's stories of the pile, each as its pages' file names."""
    name = {a.id: Path(a.path).name for a in articles}
    return [sorted(name[i] for i in group.articles) for group in group_articles(articles, sentences)]


def score(found: list[list[str]], gold_of: Mapping[str, Hashable]) -> tuple[tuple[float, float, float], list[str], list[str]]:
    """B-cubed against the gold (pages the grouping saw only), the wrong merges and the splits."""
    pages = [p for story in found for p in story]
    predicted = {p: k for k, story in enumerate(found) for p in story}
    result = bcubed([predicted[p] for p in pages], [gold_of[p] for p in pages])
    merges = [story for story in found if len({gold_of[p] for p in story}) > 1]
    by_gold: dict[Hashable, set[int]] = defaultdict(set)
    for p in pages:
        by_gold[gold_of[p]].add(predicted[p])
    splits = [[found[k] for k in sorted(ks)] for ks in by_gold.values() if len(ks) > 1]
    merged = [" + ".join(", ".join(p for p in story if gold_of[p] == g) for g in _in_order(story, gold_of))
              for story in merges]
    split = [" | ".join(", ".join(p for p in part if p in _gold_members(parts, gold_of)) for part in parts)
             for parts in splits]
    return result, merged, split


def _in_order(story: list[str], gold_of: Mapping[str, Hashable]) -> list[Hashable]:
    return list(dict.fromkeys(gold_of[p] for p in story))


def _gold_members(parts: list[list[str]], gold_of: Mapping[str, Hashable]) -> set[str]:
    """The pages of the one gold story the parts share (the most pages among them)."""
    counts: dict[Hashable, int] = defaultdict(int)
    for part in parts:
        for p in part:
            counts[gold_of[p]] += 1
    story = max(counts, key=counts.__getitem__)  # ties: the first met (max keeps the first)
    return {p for part in parts for p in part if gold_of[p] == story}


def report(name: str, found: list[list[str]], gold_of: Mapping[str, Hashable], totals_only: bool = False,
           near: Sequence[set[str]] = ()) -> tuple[float, float, float]:
    """Print a pile's scores and, unless ``totals_only`` (a held-out half), its wrong merges and splits
    (a merge within pages the gold's judge doubted, ``near``, is marked)."""
    (p, r, f), merged, split = score(found, gold_of)
    articles = sum(map(len, found))
    print(f"{name}: {articles} articles, {len(found)} stories ({sum(len(s) > 1 for s in found)} of 2+), "
          f"B3 P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if totals_only:
        return p, r, f
    for line in merged:
        pages = set(re.split(r", | \+ ", line))
        print(f"  wrong merge: {line}{' (judged near)' if any(pages <= n for n in near) else ''}")
    for line in split:
        print(f"  split: {line}")
    return p, r, f


def run_pile(articles: list[Article], sentences: dict[int, tuple[Sentence, ...]], gold_of: Mapping[str, Hashable],
             sites: bool, prefix: str = "", totals_only: bool = False,
             near: Sequence[set[str]] = (), addresses: Mapping[str, str] | None = None) -> tuple[float, float, float]:
    """Score the whole pile and, with ``sites``, its pages of one site; the whole pile's (P, R, F1)."""
    whole = report(f"{prefix}all", found_stories(articles, sentences), gold_of, totals_only, near)
    if not sites:
        return whole
    site = {Path(a.path).name: site_of(Path(a.path), addresses) for a in articles}
    pages_of: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        pages_of[site[Path(a.path).name]].append(a)
    shared = {s: pile for s, pile in pages_of.items() if len(pile) > 1}
    print()
    listed = "" if totals_only else f" ({', '.join(f'{s} {len(p)}' for s, p in sorted(shared.items()))})"
    print(f"{prefix}sites with 2+ articles: {len(shared)}{listed}")
    if not shared:
        return whole
    pile = [a for s in sorted(shared) for a in shared[s]]
    found = found_stories(pile, sentences)
    report(f"{prefix}sites", found, gold_of, totals_only, near)
    alone = [story for s in sorted(shared) for story in found_stories(shared[s], sentences)]
    # Each site's pile is scored against the gold within it: a story's pages on other sites are elsewhere.
    report(f"{prefix}each site", alone, {p: (site[p], g) for p, g in gold_of.items() if p in site}, totals_only, near)
    furniture = [story for story in found + alone
                 if len(story) > 1 and len({gold_of[p] for p in story}) > 1 and len({site[p] for p in story}) == 1]
    print(f"{prefix}stories of one site joining pages the gold keeps apart (furniture): {len(furniture)}")
    for story in [] if totals_only else furniture:
        print(f"  {', '.join(story)}")
    return whole


def run_l3s(checkout: Path, gold_path: Path, wanted: Sequence[str], sites: bool) -> dict[str, tuple[float, float, float]]:
    """Each L3S half the gold holds, as one pile: a read half in full, a held-out half by its totals only."""
    scores = {}
    gold = gold_halves(gold_path)
    for half in wanted:
        if half not in gold:
            print(f"\nL3S {half}: no gold for this half in {gold_path.name}")
            continue
        with tempfile.TemporaryDirectory(prefix="stories-l3s-") as folder:
            staged = stage_half(checkout, half, gold[half]["pages"], Path(folder))
            if not staged:
                print(f"\nL3S {half}: no pages found in {checkout} (see bench/l3s_reference.py)")
                continue
            articles, sentences, refused = read_pile(staged)
            print(f"\nL3S {half}: {len(staged)} of the gold's {len(gold[half]['pages'])} pages read, "
                  f"{len(articles)} articles, {len(refused)} not read as articles")
            near = [set(d["pages"]) for d in gold[half].get("doubts", [])]
            scores[half] = run_pile(articles, sentences, gold_labels(gold[half]), sites, f"{half} ",
                                    is_held_out(half), near, page_addresses(checkout))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=list(DEFAULT_DIRS), help="folders of the saved pages")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--no-sites", action="store_true", help="the whole pile only, not the one-site piles")
    parser.add_argument("--l3s", nargs="?", type=Path, const=L3S, default=None, metavar="DIR",
                        help=f"also the L3S-GN1 halves, from this checkout (default {L3S})")
    parser.add_argument("--l3s-gold", type=Path, default=GOLD_L3S)
    parser.add_argument("--half", action="append", choices=("K", "L"), help="only these L3S halves; repeatable")
    parser.add_argument("--l3s-only", action="store_true", help="the L3S halves only (implies --l3s)")
    args = parser.parse_args(argv)
    whole = None if args.l3s_only else web_pile(args.dirs, args.gold, not args.no_sites)
    if args.l3s is not None or args.l3s_only:
        scores = run_l3s(args.l3s or L3S, args.l3s_gold, args.half or ["K", "L"], not args.no_sites)
        if whole is None:
            print("stories_web l3s: " + ", ".join(f"{h} B3 F1 {f:.3f} (P {p:.3f} R {r:.3f})"
                                                  for h, (p, r, f) in scores.items()))
    if whole is not None:
        print(f"stories_web: B3 F1 {whole[2]:.3f} (P {whole[0]:.3f} R {whole[1]:.3f})")
    return 0


def web_pile(dirs: Sequence[Path], gold_path: Path, sites: bool) -> tuple[float, float, float]:
    """The read pages of the other-sites and dev sets as one pile (the bench's default run)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    wanted = set(gold["pages"])
    paths: dict[str, Path] = {}
    for directory in dirs:
        for path in sorted(directory.glob("*.html")):
            if path.name in wanted:
                paths.setdefault(path.name, path)
    missing = sorted(wanted - set(paths))
    gold_of = {page: k for k, story in enumerate(gold["stories"]) for page in story}
    for page in sorted(wanted - set(gold_of)):  # every other page a story of its own
        gold_of[page] = len(gold["stories"]) + len(gold_of)
    articles, sentences, refused = read_pile([paths[p] for p in sorted(paths)])
    print(f"pages: {len(paths)} read ({len(missing)} of the gold's not found), {len(articles)} articles, "
          f"{len(refused)} not read as articles")
    return run_pile(articles, sentences, gold_of, sites)


if __name__ == "__main__":
    sys.exit(main())
