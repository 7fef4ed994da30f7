"""Real stories brief refuses to read: the L3S-GN1 pages people labelled with a full story that brief skips.

Every page of L3S-GN1 (Kohlschuetter et al., WSDM 2010) that ``bench/other_pages.py`` takes has at
least ``L3S_MIN_WORDS`` words its assessors labelled full text (``x-nc-sel2``): a story, whatever the
page around it looks like. A page brief refuses (binary, not an article, no text) costs every quote,
subject and title it holds, and the user sees it "skipped". This bench reads each page as brief's
loader does (no summaries, no actors: only whether an article comes out) and counts, per half, the
pages refused, by the kind of their reason: the reason's words up to its first colon or bracket, its
numbers as N ("a forum thread", "binary file"), never the page's own words (a refused page's headline
is in brief's message; the kind leaves it out).

Halves as ``bench/l3s_reference.py`` (extraction) draws them, by UUID: the first ``L3S_SAMPLE`` pages
alternate between I (read) and J (held out), the rest between K (read) and L (held out), and the short pages
(fewer labelled words: briefs and wire items, whose refusal may be right) between M (read) and N (held out).
Read halves print a line per refused page (with brief's message); held-out halves print their counts by kind
only. Last line: ``rejections: K n/189 (kind n, ...) L n/188 (...) I n/50 (...) J n/50 (...) M n/72 (...) N n/72 (...)``.

    python bench/rejections.py [L3S_DIR]     # default /tmp/l3s
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from l3s_reference import halves  # noqa: E402

from brief.ingest.files import load_articles  # noqa: E402

L3S = Path("/tmp/l3s")
HALVES = ("K", "L", "I", "J", "M", "N")  # the last line's order: this session's pair first
READ_HALVES = frozenset({"I", "K", "M"})
_NOT_ARTICLE = re.compile(r"doesn't look like an article \((.*)\)$")
_KIND_END = re.compile(r"[:(“]")


class Page(NamedTuple):
    """One labelled page: its bench name (``l3s-UUID8.html``), its half and its saved file."""

    name: str
    half: str
    path: Path


def labelled_pages(checkout: Path) -> list[Page]:
    """The pages with ``L3S_MIN_WORDS`` labelled words, by UUID, each in its half (I/J, then K/L)."""
    return [Page(name, half, path) for path, (name, half) in halves(checkout).items()]


def refusal(path: Path) -> str:
    """brief's message when its loader reads no article from the page ("" when it reads one)."""
    with contextlib.redirect_stderr(io.StringIO()):  # library warnings are not brief's messages
        loaded = load_articles([str(path)])
    if loaded.articles:
        return ""
    return "; ".join(error.removeprefix(f"{path}: ") for error in loaded.errors) or "no article"


def kind_of(message: str) -> str:
    """The kind of a refusal, without the page's own words: "a forum thread", "binary file", "only N words of text"."""
    found = _NOT_ARTICLE.search(message)
    reason = found.group(1) if found else message
    kind = _KIND_END.split(reason, maxsplit=1)[0]
    return re.sub(r"\d[\d.,]*", "N", kind).strip(" ,;") or "other"


def summary(kinds: Iterable[str]) -> str:
    """``kind n, kind n`` by count, most first."""
    return ", ".join(f"{kind} {n}" for kind, n in sorted(Counter(kinds).items(), key=lambda item: (-item[1], item[0])))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("l3s", nargs="?", default=str(L3S), help="the L3S-GN1 checkout (default /tmp/l3s)")
    args = parser.parse_args(argv[1:])
    pages = labelled_pages(Path(args.l3s))
    if not pages:
        print(f"rejections: no L3S-GN1-*/original under {args.l3s}", file=sys.stderr)
        return 2
    refused: dict[str, list[str]] = {half: [] for half in HALVES}
    sizes = Counter(page.half for page in pages)
    for page in pages:
        message = refusal(page.path)
        if not message:
            continue
        refused[page.half].append(kind_of(message))
        if page.half in READ_HALVES:
            print(f"{page.half} {page.name}: {kind_of(message)}: {message}")
    parts = []
    for half in HALVES:
        kinds = summary(refused[half])
        parts.append(f"{half} {len(refused[half])}/{sizes[half]}" + (f" ({kinds})" if kinds else ""))
    print("rejections: " + " ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
