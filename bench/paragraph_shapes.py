"""Two ways a saved page's paragraphs come out wrong, counted over the L3S-GN1 halves.

Usage: python bench/paragraph_shapes.py [L3S_DIR] [--half K ...]

Each page is read as ``brief`` reads a saved page (brief.ingest.html.extract_html, no URL), and its
text's lines (paragraphs) are checked for:

- a line over ``LONG_LINE`` characters: a story's paragraphs run together (a table cell whose
  paragraphs the page parts with ``<br><br>`` or empty ``<p></p>``), which breaks quotations over
  paragraphs and the sentence splitter's reach;
- numbered lines kept: a run of at least ``NUMBERED_RUN`` lines numbered up from one ("1. …",
  "2. …"), most often a box of other stories' headlines set into the story, whose "X, says Y" reaches
  the briefing and the positions.

Read halves (K, I, M) print a line per page with either; held-out halves (L, J, N) their totals only. Last
line: ``paragraph-shapes: K long N numbered M (of P pages) L ...``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from titles import L3S_DIR, l3s_halves  # noqa: E402

LONG_LINE = 2_000
"""No news paragraph runs this long (the longest on the read pages' own paragraphs are ~1,200)."""
NUMBERED_RUN = 3
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+\S")
READ = ("K", "I", "M")


def numbered_lines(lines: list[str]) -> int:
    """Lines in runs of at least NUMBERED_RUN lines numbered up from one."""
    count = run = 0
    for line in [*lines, ""]:
        number = _NUMBERED.match(line)
        if number and int(number.group(1)) == run + 1:
            run += 1
            continue
        count += run if run >= NUMBERED_RUN else 0
        run = 1 if number and number.group(1) == "1" else 0
    return count


def page_lines(data: bytes) -> list[str]:
    from brief.ingest.decode import NotText, decode_bytes
    from brief.ingest.html import extract_html

    try:
        html = decode_bytes(data)[0]
    except NotText:
        return []
    return extract_html(html).text.split("\n\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("l3s", nargs="?", type=Path, default=L3S_DIR)
    parser.add_argument("--half", action="append", choices=["K", "L", "I", "J", "M", "N"])
    args = parser.parse_args(argv)
    halves = l3s_halves(args.l3s)
    parts = []
    for half in args.half or ["K", "L", "I", "J", "M", "N"]:
        long = numbered = pages = 0
        for name, annotated in halves[half]:
            lines = page_lines((annotated.parent.parent / "original" / annotated.name).read_bytes())
            longest = max(map(len, lines), default=0)
            kept = numbered_lines(lines)
            pages += 1
            long += longest > LONG_LINE
            numbered += kept
            if half in READ and (longest > LONG_LINE or kept):
                print(f"{half} {name}: longest line {longest} characters, numbered lines {kept}")
        print(f"{half}: {long} pages with a line over {LONG_LINE} characters, {numbered} numbered lines kept, of {pages} pages")
        parts.append(f"{half} long {long} numbered {numbered} (of {pages} pages)")
    print("paragraph-shapes: " + " ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
