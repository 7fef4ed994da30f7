"""Why one entity is listed as several actors: each failed ``same_actor`` check classified by the shape
of the names and the kinds the split actors got.

Usage: python bench/split_misses.py [DIR] [--gold FILE ...] [--page NAME] [--counts-only]

For every gold ``same_actor`` entry listed as two actors or more, the page is run as actors_web does and
the split is put in one class, made only of fixed words (never a word of the page):

- the kinds of the actors: one kind, or the shorter name's and the fuller name's ("organization (short)
  + person (full)");
- how the shorter actor's name stands to the fuller one's: its initials ("acronym", or "capitals, not
  its initials"), the same letters ("spelling"), its last word ("surname alone"), its first ("given name
  alone"), the fuller name with a title or courtesy word before it ("title form"), its first or last
  words, some of its words ("words inside"), part of one of its words ("inside a word", "Amazon" of
  "Amazon.com"), the same last word only, or none of these ("other form");
- for a surname or given name alone, whether another listed person's name ends (or begins) with the
  same word ("shared"), which is what keeps grouping from joining it;
- how many mentions the shorter actor holds ("short 1x", "short 2+x").

On held-out golds (names ending in _b, _d or _f) only the counts per class are printed: never a name,
a page or the text (``--counts-only`` forces it for any gold).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _web_checks import matches  # noqa: E402
from actors_web import misses_pages, misses_parser, ranked, run_page  # noqa: E402

from brief.actors.kinds import HONORIFIC_NAMES  # noqa: E402
from brief.actors.short_forms import acronyms  # noqa: E402
from brief.model import Actor  # noqa: E402


def _words(name: str) -> list[str]:
    return [w.strip(".,") for w in name.split() if w.strip(".,")]


def _compact(name: str) -> str:
    return re.sub(r"[^\w]", "", name).lower()


def relation(short: str, full: str) -> str:
    """How a shorter name stands to a fuller one, in fixed words."""
    s, f = _words(short), _words(full)
    if not s or not f:
        return "other form"
    letters = short.replace(".", "")
    if len(s) == 1 and letters.isupper() and len(letters) > 1:
        return "acronym" if letters in acronyms(full) else "capitals, not its initials"
    if _compact(short) == _compact(full):
        return "spelling"
    if len(s) == 1 and len(f) > 1 and s[0] == f[-1]:
        return "surname alone"
    if len(s) == 1 and len(f) > 1 and s[0] == f[0]:
        return "given name alone"
    if len(s) > 1 and s[0].lower() in HONORIFIC_NAMES and (s[-1] == f[-1] or s[1:] == f):
        return "title form"
    if len(f) > 1 and f[0].lower() in HONORIFIC_NAMES and f[1:] == s:
        return "title form"
    if f[: len(s)] == s:
        return "first words"
    if f[-len(s):] == s:
        return "last words"
    if all(w in f for w in s):
        return "words inside"
    if _compact(short) in _compact(full):
        return "inside a word"
    if s[-1] == f[-1]:
        return "same last word"
    return "other form"


def classify(split: list[Actor], actors: list[Actor]) -> str:
    """The class of one split (fixed words only)."""
    ordered = sorted(split, key=lambda a: (len(_words(a.name)), len(a.name)))
    short, full = ordered[0], ordered[-1]
    kinds = (f"{short.kind} (short) + {full.kind} (full)" if short.kind != full.kind else short.kind)
    shape = relation(short.name, full.name)
    extra = ""
    if shape in ("surname alone", "given name alone"):
        word = _words(short.name)[0]
        at = -1 if shape == "surname alone" else 0
        others = [a for a in actors if a.kind == "person" and a is not full and a is not short
                  and len(_words(a.name)) > 1 and _words(a.name)[at] == word]
        extra = "; shared" if others else "; not shared"
    size = "short 1x" if short.mentions <= 1 else "short 2+x"
    return f"{kinds}: {shape}{extra}; {size}; {len(split)} actors"


def main(argv: list[str]) -> int:
    parser = misses_parser(__doc__.split("\n")[0])
    args = parser.parse_args(argv[1:])
    pages, counts_only = misses_pages(args)
    classes: Counter[str] = Counter()
    total = 0
    for name, gold in sorted(pages.items()):
        entries = gold.get("same_actor", [])
        if not entries:
            continue
        report, _ = run_page(Path(args.dir) / name)
        actors = ranked(report)
        for names in entries:
            total += 1
            split = [a for a in actors if any(matches(a, [n]) for n in names)]
            if len(split) <= 1:
                continue
            kind = classify(split, actors)
            classes[kind] += 1  # a class is made of fixed words, never the page's
            if not counts_only:
                listed = ", ".join(f"{a.name} ({a.kind}, {a.mentions}x, #{a.salience})" for a in split)
                print(f"{name}: {names[0]}: {kind}: {listed}")
    print(f"same-actor checks failed {sum(classes.values())}/{total}:")
    for kind, n in classes.most_common():
        print(f"  {n:3d} {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
