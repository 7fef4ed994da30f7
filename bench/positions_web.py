"""Position precision on real saved news pages: are the positions brief lists statements an analyst can trust?

Usage: python bench/positions_web.py [DIR ...] [--unjudged] [--wrong] [--dump FILE] [--page NAME] [--fresh [SESSION]]

The actor golds (bench/actors_web.py) check that a quote sits under the right actor, never whether
a position brief lists is a position at all. bench/positions_web_gold.json is a hand judgement of a
fixed random sample of the positions brief gave on the READ pages only (A: the pages of
actors_web_gold_other_a.json; C: _other_c; E: _other_e; dev: actors_web_gold.json; from session 50, G: _other_g, and from session 51, I: _other_i,
reported beside the others' headline figure); its "about" says
how it was drawn and judged. Each judged position is:

- ``page``, ``half``, ``actor`` (the listed actor's name), ``kind``, ``cue``, ``says`` (a fragment of the position's text
  that identifies it), ``verdict`` (``right`` or ``wrong``) and, when wrong, ``type``, one of
  ``WRONG_TYPES``. A judgement of the text's extent (a "content" one: cut short) may give ``whole``, the
  text as judged: then only that text matches, and a position whose text a fix made longer is unjudged.

The bench runs brief on those pages only (a held-out page is never run: the pages are the read golds'
names, looked for in each DIR) and matches each position it gives to a judged one: same page, the
actor's name or an alias is the judged actor, the same cue, and the fragment
inside the position's text (``norm``: case, curly quotes and spacing aside). It prints, for the halves A+C and E+dev separately and together:

- *precision*: judged right / judged and still given (a fix that drops wrong positions raises it);
- *right kept*: the judged-right positions still given, of all judged right (so recall losses show);
- *unjudged*: positions given that match no judged one (new positions, or the ones outside the sample);
  ``--unjudged`` lists them, to judge and add;
- the judged-wrong positions still given, by type (``--wrong`` lists them).

DIRs default to the folders of the four read halves. ``--dump FILE`` writes every position given (page,
half, actor, kind, cue, text, sentence) as JSON, the list the sample was drawn from; ``--load FILE``
scores such a file again without running brief. ``--fresh`` scores against session 20's fresh sample alone (the
judgements with a ``fresh`` note: 150 drawn from the positions no earlier judgement matched, which no fix had been
fitted to when drawn), the figure to trust over the whole gold's; ``--fresh 32`` scores session 32's second fresh
sample alone (120 drawn the same way at main 8f8171a), ``--fresh 33`` session 33's third (120 at main 69e8b8b)
``--fresh 33b`` its fourth (120 at main 1bfd65a, drawn after session 33's changes), ``--fresh 34`` session 34's
fifth (120 at main a5f2472), ``--fresh 34b`` its sixth (120 at cb92184, drawn after session 34's changes),
``--fresh 35`` session 35's seventh (120 at 770ca6e), ``--fresh 35b`` its eighth (120 at b19df84, drawn after
session 35's first round of changes), ``--fresh 36`` session 36's ninth (120 at 9ff257f), ``--fresh 36b`` its
tenth (120 at 3f2f2d0, drawn after session 36's first round of changes), ``--fresh 37`` session 37's eleventh
(120 at 0f422ca), ``--fresh 38`` session 38's twelfth (120 at 048adc0), ``--fresh 39`` session 39's thirteenth
(120 at cbce9d6), ``--fresh 40`` session 40's fourteenth (120 at e5b82ee) and ``--fresh 41`` session 41's fifteenth
(100 at a77b32f), ``--fresh 50`` every position of half G, ``--fresh 51`` every one of half I, and ``/work/pages/kl
--fresh 53`` session 53's sample of half K (120 drawn at integ68 from the positions brief gives on K's 189 pages, which
no rule had been fitted to; K runs only when its folder is given), ``/work/pages/kl --fresh 55`` session 55's second
sample of half K (120 drawn at 028a5620 from K's positions no earlier judgement matched, at most 3 per page), and
``/work/pages/kl --fresh 56`` session 56's third sample of half K (120 drawn the same way at 011fd7f5),
``/work/pages/kl --fresh 57`` session 57's fourth sample of half K (120 drawn the same way at 5b4df6f9),
``/work/pages/kl --fresh 58`` session 58's fifth sample of half K (120 drawn the same way at 9f1e481d),
``/work/pages/kl --fresh 59`` session 59's sixth sample of half K (120 drawn the same way at 8aeb1cd0),
``/work/pages/kl --fresh 60`` session 60's seventh sample of half K (120 drawn the same way at 17601aac),
``/work/pages/kl --fresh 61`` session 61's eighth sample of half K (120 drawn the same way at 2249325b),
``/work/pages/kl --fresh 62`` session 62's ninth sample of half K (120 drawn the same way at e4d2c222),
``/work/pages/kl --fresh 63`` session 63's tenth sample of half K (120 drawn the same way at c5c5361d),
``/work/pages/kl --fresh 64`` session 64's eleventh sample of half K (120 drawn the same way at c59dcd19), and
``/work/pages/kl --fresh 65`` session 65's twelfth sample of half K (66 drawn the same way at 18a42ba4: all the
78 unjudged positions allowed, at most 3 a page), and ``/work/pages/mn --fresh 66`` session 66's first sample of half
M, L3S-GN1's short pages (wire items, briefs: 101 drawn the same way at ce0b6489 from the 120 positions brief gave on
M's 72 pages, none judged before; M runs only when its folder is given, and only the pages named in
/work/pages/readM, never the held-out half N's), each
sample's note naming its session
(a note opens "session SESSION ", so ``33`` never takes in ``33b``, nor ``34`` ``34b``, nor ``35`` ``35b``, nor
``36`` ``36b``).
The last line is ``positions-web: precision 0.NNN (right N / judged N), right kept N/N, unjudged N``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _web_checks import norm  # noqa: E402
from actors_web import ranked, run_page  # noqa: E402

GOLD = ROOT / "bench" / "positions_web_gold.json"
# The read halves: their gold (whose page names are the only pages run; for M, the folder of its read copies, whose
# file names are its pages) and the folder of their pages.
HALVES = {
    "A": (ROOT / "bench" / "actors_web_gold_other_a.json", Path("/work/xpages/pages")),
    "C": (ROOT / "bench" / "actors_web_gold_other_c.json", Path("/work/xpages/pages2")),
    "E": (ROOT / "bench" / "actors_web_gold_other_e.json", Path("/work/xpages/pages3")),
    "dev": (ROOT / "bench" / "actors_web_gold.json", ROOT.parent / "shared" / "eval" / "webpages" / "dev"),
    "G": (ROOT / "bench" / "actors_web_gold_other_g.json", Path("/work/xpages/pages4")),
    "I": (ROOT / "bench" / "actors_web_gold_other_i.json", Path("/work/xpages/pages5")),
    "K": (ROOT / "bench" / "stories_web_gold_l3s.json", Path("/work/pages/kl")),
    "M": (Path("/work/pages/readM"), Path("/work/pages/mn")),
}
ON_REQUEST = ("K", "M")
"""Halves run only when their folder is given: K, the rest of L3S-GN1's 2008 pages (its page list is the story gold's,
all 189 pages; bench/actors_web_gold_other_k.json, session 61's actor gold, covers 30 of them), of which a sample was judged in session 53 (``/work/pages/kl --fresh 53``), another in session 55
(``--fresh 55``), a third in session 56 (``--fresh 56``), a fourth in session 57 (``--fresh 57``), a fifth in session 58
(``--fresh 58``), a sixth in session 59 (``--fresh 59``), a seventh in session 60 (``--fresh 60``), an eighth in
session 61 (``--fresh 61``), a ninth in session 62 (``--fresh 62``), a tenth in session 63 (``--fresh 63``), an
eleventh in session 64 (``--fresh 64``) and a twelfth in session 65 (``--fresh 65``); and M, the read half of
L3S-GN1's 144 short pages (/work/pages/mn; its pages are the names in /work/pages/readM, every other page by name, so
the held-out half N is never run), of which a first sample was judged in session 66 (``/work/pages/mn --fresh 66``)."""
GROUPS = {"A+C": ("A", "C"), "E+dev": ("E", "dev"), "G": ("G",), "I": ("I",), "K": ("K",), "M": ("M",)}  # reported apart: one half
# read while fixing, one less so; G, the 2023-2026 pages judged from session 50 on; I, L3S-GN1's 2008 pages, from
# session 51 on; K, more of them, samples judged in sessions 53, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64
# and 65; M, L3S-GN1's short pages (wire items, briefs), a sample judged in session 66
NEWER = ("G", "I")
"""The halves judged in full when they were added, each reported beside the headline figure."""
OLDER = ("A", "C", "E", "dev")
"""The halves of the headline figure ("all", and the last line's first part), as every session before 50 measured
it; the NEWER halves are reported beside it, so the figure stays comparable across sessions."""
WRONG_TYPES = (
    "deed",  # a deed, state or perception read as a statement ("knocked down a three", "regarded X as")
    "speaker",  # a statement, but not the listed actor's
    "place-thing",  # a place or thing listed as the speaker where a body or person spoke
    "not-cue",  # the cue is no cue: a noun, a name, a verb in another sense ("talked like", "show")
    "content",  # content broken or cut so that it means something else
    "furniture",  # page furniture (captions, links, pitches) read as a statement
)


@dataclass(frozen=True)
class Given:
    """One position brief gave on a page."""

    page: str
    half: str
    actor: str
    names: tuple[str, ...]
    kind: str
    cue: str
    text: str
    sentence: str


def half_pages() -> dict[str, str]:
    """Every read page's name -> its half (a half listed by a folder is that folder's file names: none when absent)."""
    pages: dict[str, str] = {}
    for half, (gold, _) in HALVES.items():
        if gold.is_dir() or not gold.suffix:
            for page in sorted(gold.iterdir()) if gold.is_dir() else []:
                pages[page.name] = half
            continue
        listed = json.loads(gold.read_text(encoding="utf-8"))
        for name in listed["pages"] if "pages" in listed else listed["halves"][half]["pages"]:
            pages[name] = half
    return pages


def given_positions(dirs: list[Path], only: set[str] | None) -> list[Given]:
    """Every position brief gives on the read pages found in the folders (each page once)."""
    known = half_pages()
    out: list[Given] = []
    for name, half in sorted(known.items()):
        if only and name not in only:
            continue
        where = next((d for d in dirs if (d / name).is_file()), None)
        if where is None:
            continue
        report, _ = run_page(where / name)
        if report is None:
            continue
        sentences = {(a, s.index): s.text for a, group in report.sentences.items() for s in group}
        for actor in ranked(report):
            for p in actor.positions:
                out.append(Given(name, half, actor.name, (actor.name, *actor.aliases), actor.kind, p.cue,
                                 " ".join(p.text.split()), " ".join(sentences.get((p.article, p.index), "").split())))
    return out


def judged_key(entry: dict[str, Any], given: Given) -> bool:
    """Whether a given position is the judged one."""
    return (entry["page"] == given.page and norm(entry["cue"]) == norm(given.cue)
            and norm(entry["says"]) in norm(given.text) and matches_names(given.names, entry["actor"])
            and ("whole" not in entry or norm(entry["whole"]) == norm(given.text)))


def matches_names(names: tuple[str, ...], actor: str) -> bool:
    return norm(actor) in {norm(n) for n in names}


def score(gold: list[dict[str, Any]], given: list[Given], halves: tuple[str, ...]) -> dict[str, Any]:
    """Precision, right kept, unjudged and wrong by type over the pages of some halves."""
    mine = [g for g in given if g.half in halves]
    entries = [e for e in gold if e["half"] in halves]
    matched: set[int] = set()
    unjudged: list[Given] = []
    for g in mine:
        hits = [i for i, e in enumerate(entries) if judged_key(e, g)]
        if hits:
            matched.update(hits)
        else:
            unjudged.append(g)
    still = [entries[i] for i in sorted(matched)]
    right = sum(e["verdict"] == "right" for e in still)
    right_all = sum(e["verdict"] == "right" for e in entries)
    wrong: dict[str, list[dict[str, Any]]] = {t: [] for t in WRONG_TYPES}
    for e in still:
        if e["verdict"] != "right":
            wrong[e["type"]].append(e)
    return {"right": right, "judged": len(still), "right_all": right_all, "unjudged": unjudged,
            "wrong": wrong, "given": len(mine)}


def line(label: str, s: dict[str, Any]) -> str:
    precision = s["right"] / s["judged"] if s["judged"] else 0.0
    by_type = ", ".join(f"{t} {len(v)}" for t, v in s["wrong"].items())
    return (f"{label}: precision {precision:.3f} (right {s['right']} / judged {s['judged']}), right kept "
            f"{s['right']}/{s['right_all']}, unjudged {len(s['unjudged'])} of {s['given']} given; wrong: {by_type}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="*", help="folders of the saved pages (default: the read halves')")
    parser.add_argument("--gold", default=str(GOLD))
    parser.add_argument("--page", action="append", help="only this page (file name); repeatable")
    parser.add_argument("--unjudged", action="store_true", help="list the positions given that no judged one matches")
    parser.add_argument("--wrong", action="store_true", help="list the judged-wrong positions still given")
    parser.add_argument("--dump", help="write every position given as JSON to this file")
    parser.add_argument("--load", help="score a --dump file instead of running brief")
    parser.add_argument("--fresh", nargs="?", const="20", metavar="SESSION",
                        help="score against one fresh sample alone: session 20's (the default), 32's, 33's, 33b's, 34's, 34b's, 35's, 35b's, 36's, 36b's, 37's, 38's, 39's, 40's, 41's 50's (every position of half G), 51's (every position of half I), 53's (a sample of half K's), 55's (a second sample of half K's), 56's (a third sample of half K's), 57's (a fourth sample of half K's), 58's (a fifth sample of half K's), 59's (a sixth sample of half K's), 60's (a seventh sample of half K's), 61's (an eighth sample of half K's), 62's (a ninth sample of half K's), 63's (a tenth sample of half K's), 64's (an eleventh sample of half K's), 65's (a twelfth sample of half K's) or 66's (the first sample of half M's, L3S-GN1's short pages: give /work/pages/mn)")
    args = parser.parse_args(argv[1:])
    gold: list[dict[str, Any]] = json.loads(Path(args.gold).read_text(encoding="utf-8"))["positions"]
    if args.fresh:  # checked before brief runs: a DIR taken for the session fails here, not minutes later
        gold = [e for e in gold if e.get("fresh", "").startswith(f"session {args.fresh} ")]
        if not gold:
            parser.error(f"no fresh sample of session {args.fresh} (put --fresh after the DIRs)")
    dirs = [Path(d) for d in args.dirs] if args.dirs else [folder for half, (_, folder) in HALVES.items()
                                                           if half not in ON_REQUEST]
    if args.load:
        given = [Given(**{**g, "names": tuple(g["names"])}) for g in json.loads(Path(args.load).read_text(encoding="utf-8"))]
    else:
        given = given_positions(dirs, set(args.page) if args.page else None)
    if args.dump:
        Path(args.dump).write_text(json.dumps([g.__dict__ for g in given], ensure_ascii=False, indent=1), encoding="utf-8")
    if args.page:
        gold = [e for e in gold if e["page"] in set(args.page)]
    present = {g.half for g in given}
    for label, halves in GROUPS.items():
        if present & set(halves):
            s = score(gold, given, halves)
            print(line(label, s))
            if args.wrong:
                for kind, entries in s["wrong"].items():
                    for e in entries:
                        print(f"  WRONG {kind}: {e['page']} | {e['actor']} | {e['cue']} | {e['says']}")
            if args.unjudged:
                for g in s["unjudged"]:
                    print(f"  NEW {g.page} | {g.actor} ({g.kind}) | {g.cue} | {g.text[:160]}")
    total = score(gold, given, OLDER)
    print(line("all", total))
    precision = total["right"] / total["judged"] if total["judged"] else 0.0
    newer = []
    for half in NEWER:
        s = score(gold, given, (half,))
        newer.append(f"{half} {s['right'] / s['judged'] if s['judged'] else 0.0:.3f} (right {s['right']} / judged "
                     f"{s['judged']}), unjudged {len(s['unjudged'])}")
    print(f"positions-web: precision {precision:.3f} (right {total['right']} / judged {total['judged']}), "
          f"right kept {total['right']}/{total['right_all']}, unjudged {len(total['unjudged'])}; " + "; ".join(newer))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
