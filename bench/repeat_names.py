"""Names a page writes three times or more that are read as one mention or none: where the other
writings went (the question behind "the subject missing" on real pages).

Usage: python bench/repeat_names.py [DIR] [--gold FILE ...] [--page NAME] [--counts-only] [--min N]

For every page of the golds, the page is run once as actors_web runs it (the steps watched as
subject_misses watches them). Every name of a mention the article kept, and every span the tagger
labelled a person, organisation or place, is looked for in the article's text (whole words, as
written). A name written ``--min`` (3) times or more that at most one kept mention of that name's actor
covers (a surname within its full name counts) is printed with the fate of each other writing: in another name's mention (its kind), found and then
dropped by an article-level step, tagged and refused (mentions.py's line), untagged in a sentence, or
outside every sentence read (a line the splitter left out: a subhead, a caption).
On held-out golds only the counts per fate are printed: never a name, a page or the text.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actors_web import misses_pages, misses_parser, run_page  # noqa: E402
from subject_misses import WATCH, _install  # noqa: E402

from brief.actors.mentions import normalise  # noqa: E402
from brief.actors.tagged_spans import NAME_LABELS  # noqa: E402

MIN_WRITTEN = 3
"""A name written this often is the page's, not a passing one (the held-out misses' shape)."""

def _writings(form: str, text: str) -> list[tuple[int, int]]:
    return [h.span() for h in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)] if form else []


def _fate(a: int, b: int, kept: list[Any]) -> str:
    other = next((m for m in kept if m.start < b and a < m.end), None)
    if other is not None:
        return f"in another name's mention ({other.kind})"
    found = [m for step, _, out in WATCH.stages if step == "find_mentions" for m in out]
    if any(m.start < b and a < m.end for m in found):
        return "found, dropped by an article-level step"
    refused = next(((label, line) for x, y, label, line in WATCH.refused_at if x < b and a < y), None)
    if refused is not None:
        return f"tagged {refused[0]}, refused at mentions.py:{refused[1]}"
    if not any(x <= a and b <= y for x, y in WATCH.read):
        return "outside every sentence read"
    return "untagged in a sentence"


def page_repeats(least: int) -> list[tuple[str, int, int, Counter[str]]]:
    """(name, times written, mentions of it kept, fates of the other writings) of one watched page."""
    if len(WATCH.articles) != 1 or not WATCH.stages:
        return []
    text = WATCH.articles[0].text
    kept = [m for m in WATCH.stages[-1][2] if m.article == WATCH.articles[0].id]
    group_of = {(m.start, m.end): id(g) for g in WATCH.groups for m in g.mentions if m.article == WATCH.articles[0].id}
    forms = {m.name for m in kept} | {t for t, label in WATCH.tagged if label in NAME_LABELS}
    out = []
    for form in sorted(forms):
        if not form[:1].isupper():
            continue
        spots = _writings(form, text)
        name = normalise(form)
        holders = {group_of.get((m.start, m.end)) for m in kept if m.name == name} - {None}
        own = [(a, b) for a, b in spots if any(m.start < b and a < m.end and (m.name == name or group_of.get((m.start, m.end)) in holders) for m in kept)]
        if len(spots) >= least and len(own) <= 1:
            fates = Counter(_fate(a, b, kept) for a, b in spots if (a, b) not in own)
            out.append((form, len(spots), len(own), fates))
    return out


def main(argv: list[str]) -> int:
    parser = misses_parser(__doc__.split("\n")[0])
    parser.add_argument("--min", type=int, default=MIN_WRITTEN)
    args = parser.parse_args(argv[1:])
    pages, counts_only = misses_pages(args)
    _install()
    fates: Counter[str] = Counter()
    names = 0
    for name in sorted(pages):
        WATCH.__init__()  # type: ignore[misc]
        WATCH.page = Path(args.dir) / name
        run_page(WATCH.page)
        for form, times, read, where in page_repeats(args.min):
            names += 1
            fates.update(where)
            if not counts_only:
                print(f"{name}: {form!r} written {times}x, read {read}x: " + ", ".join(f"{k} {n}" for k, n in where.most_common()))
    print(f"names written {args.min}+ times, read as that name at most once: {names}; their other writings:")
    for fate, n in fates.most_common():
        print(f"  {n:3d} {fate}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
