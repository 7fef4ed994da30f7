"""Page dates as brief reads them: how many pages get a date, how many fall outside the pages' window, and
how many agree with the date their address states; and what the reading costs on the dev pages.

Modes (run from the tree root, ``BRIEF_CACHE_DIR=$(mktemp -d)`` for a cold cache):

- ``python bench/page_dates.py [PAGES_DIR]``: the dev web pages (default ``../shared/eval/webpages``,
  with ``dev-index.json`` and ``dev/``), each read as a fetched one (its URL as the hint), in one
  process, so one-off costs (trafilatura's import, dateparser's locales) are counted once.
- ``python bench/page_dates.py --l3s /tmp/l3s --half K``: an L3S-GN1 half (bench/l3s_reference.py) read as a
  folder of saved pages (no address given to brief). The pages were crawled in late January 2008 about
  stories of December 2007 - January 2008, so a date outside ``L3S_WINDOW`` is wrong. The address each
  was fetched from (``url-mapping.txt``) is the reference where it holds a date (never brief's input). A
  held-out half (J, L) prints its counts only.
- ``python bench/page_dates.py --folder /work/xpages/pages4 --fundus REPO``: saved fundus pages (2023-2026),
  the reference being the date in the address fundus's ``meta.info`` gives each page.

``--save FILE`` writes each page's date (and title) as JSON, to compare two runs.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Mapping
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))
PAGES = ROOT.parent / "shared" / "eval" / "webpages"

from l3s_reference import HELD_OUT_HALVES, halves  # noqa: E402
from other_pages import FUNDUS_EDITIONS, _hashed_name  # noqa: E402
from stories_l3s import page_addresses  # noqa: E402

from brief import pipeline  # noqa: E402
from brief.ingest.decode import NotText  # noqa: E402
from brief.ingest.files import parse_text  # noqa: E402

SLOWEST_SHOWN = 5
L3S_WINDOW = (date(2007, 12, 1), date(2008, 2, 15))
"""The L3S-GN1 pages' window: stories of December 2007 - January 2008 crawled by late January 2008."""
FUNDUS_DATA = "tests/resources/parser/test_data"
_ADDRESS_DATE = (
    re.compile(r"(?<!\d)((?:199\d|20[0-2]\d))[/_-]([01]?\d)[/_-]([0-3]?\d)(?!\d)"),  # /2008/01/05/, 2008-01-05
    re.compile(r"(?<!\d)((?:199\d|20[0-2]\d))([01]\d)([0-3]\d)(?!\d)"),  # 20080105
)


def address_date(address: str) -> date | None:
    """The date an address states (``/2008/01/05/``, ``2008-01-05``, ``20080105``), if any."""
    for pattern in _ADDRESS_DATE:
        for match in pattern.finditer(address):
            try:
                return date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
    return None


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def read_folder(paths: list[Path]) -> dict[str, str]:
    """Each page's date as brief reads a folder of saved pages ("" when undated or refused)."""
    with contextlib.redirect_stderr(io.StringIO()):
        loaded = pipeline.load([str(p) for p in paths], pipeline.Options(workers=1, cache=False))
    found = {p.name: "" for p in paths}
    for article in loaded.articles:
        found[Path(article.path).name] = article.date
    return found


def tally(dates: Mapping[str, str], references: Mapping[str, date | None], window: tuple[date, date] | None,
          per_page: bool) -> None:
    """Counts (and, for a read half, each page): dated, outside the window, agreeing with the address."""
    dated = outside = with_ref = agree = disagree = 0
    for name in sorted(dates):
        day, ref = _day(dates[name]), references.get(name)
        dated += day is not None
        out = day is not None and window is not None and not window[0] <= day <= window[1]
        outside += out
        if ref is not None and day is not None:
            with_ref += 1
            agree += day == ref
            disagree += day != ref
        if per_page:
            marks = " ".join(m for m, on in (("OUTSIDE", out), ("DIFFERS", ref is not None and day is not None and day != ref),
                                              ("UNDATED", day is None)) if on)
            print(f"  {name:32} {dates[name] or '-':12} address {ref or '-'!s:12} {marks}")
    print(f"{len(dates)} pages, {dated} dated, {outside} outside the window; {with_ref} dated with an address date: "
          f"{agree} agree, {disagree} differ")


def run_l3s(checkout: Path, half: str) -> dict[str, str]:
    paths = sorted(path for path, (_, its_half) in halves(checkout).items() if its_half == half)
    names = {path: name for path, (name, _) in halves(checkout).items()}
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="page-dates-") as folder:
        staged = []
        for path in paths:
            target = Path(folder) / names[path]
            shutil.copyfile(path, target)
            staged.append(target)
        dates = read_folder(staged)
    addresses = page_addresses(checkout)
    references = {name: address_date(addresses.get(name, "")) for name in dates}
    print(f"L3S {half}:")
    tally(dates, references, L3S_WINDOW, half not in HELD_OUT_HALVES)
    return dates


def fundus_addresses(repo: Path) -> dict[str, str]:
    """Each fundus page's saved name (bench/other_pages.py) -> the address meta.info gives it."""
    def show(path: str) -> bytes:
        return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True).stdout

    listing = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "HEAD", FUNDUS_DATA],
                             capture_output=True, check=True, text=True).stdout.split()
    found = {}
    for edition in FUNDUS_EDITIONS:
        meta_path = f"{FUNDUS_DATA}/{edition}/meta.info"
        if meta_path not in listing:
            continue
        meta = json.loads(show(meta_path))
        for path in (p for p in listing if p.startswith(f"{FUNDUS_DATA}/{edition}/") and p.endswith(".html.gz")):
            url = meta.get(path.rsplit("/", 1)[1], {}).get("url", "")
            host = url.split("/")[2] if url.count("/") >= 2 else path.rsplit("/", 1)[1].split("_")[0].lower()
            found[_hashed_name(host.removeprefix("www."), gzip.decompress(show(path)))] = url
    return found


def run_folder(folder: Path, fundus: Path | None) -> dict[str, str]:
    dates = read_folder(sorted(folder.glob("*.html")))
    addresses = fundus_addresses(fundus) if fundus else {}
    references = {name: address_date(addresses.get(name, "")) for name in dates}
    print(f"{folder}:")
    tally(dates, references, None, True)
    return dates


def run_dev(pages: Path) -> dict[str, dict[str, str]]:
    urls = {e["file"]: e["url"] for e in json.loads((pages / "dev-index.json").read_text(encoding="utf-8"))}
    found: dict[str, dict[str, str]] = {}
    times: list[tuple[float, str]] = []
    start = _cpu()
    for path in sorted((pages / "dev").glob("*.html")):
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
    references = {name: address_date(urls.get(name, "")) for name in found}
    tally({n: p.get("date", "") for n, p in found.items()}, references, None, False)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", type=Path, default=PAGES, help=f"dev pages; default {PAGES}")
    parser.add_argument("--l3s", type=Path, help="an L3S-GN1 checkout (with --half)")
    parser.add_argument("--half", default="K", help="the L3S half: K (read) or L (held out: counts only)")
    parser.add_argument("--folder", type=Path, help="a folder of saved pages, read as brief reads a folder")
    parser.add_argument("--fundus", type=Path, help="fundus's repository: the addresses of --folder's pages")
    parser.add_argument("--save", type=Path, help="write each page's date as JSON to FILE")
    args = parser.parse_args()
    found: object
    if args.l3s:
        found = run_l3s(args.l3s, args.half)
        if args.half in HELD_OUT_HALVES:
            args.save = None  # a held-out half's pages are never written out
    elif args.folder:
        found = run_folder(args.folder, args.fundus)
    else:
        if not (args.pages / "dev-index.json").is_file():
            parser.error(f"no dev-index.json in {args.pages}")
        found = run_dev(args.pages)
    if args.save:
        args.save.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
