"""Actors, positions and page debris on real saved news pages, against a gold written by reading them.

Usage: python bench/actors_web.py [DIR] [--gold FILE] [--page NAME] [--quiet]

Runs brief on each page of the gold, one page at a time, through the library as the CLI does
(load, then build_report with default options), and checks, per page, what the gold asks
(bench/actors_web_gold.json describes its fields):

- title: the article's title is one of the accepted clean titles (no site name); a page left out
  as not an article is named by its headline in the message, which is checked the same way;
- article: a page that is not an article is flagged ("doesn't look like an article"), and a
  page that is one is not;
- language: for a page that is not English, no actors are listed;
- subjects: one of the subject's names is among the top 5 actors (by salience), with its kind
  (or one of its kinds, where the page uses it as both: a county that speaks);
- quotes: a position containing the fragment is under the named speaker, and under no other actor;
- not_actor / not_person / not_place / not_organization: no actor (by name or alias) is that
  name, or none of that kind is;
- same_actor: names of one entity ("Supt Peters", "Superintendent Audley Peters") are one actor,
  not several.

The gold is the union of bench/actors_web_gold.json (the first pass), bench/actors_web_gold_more.json (a
stricter second reading: subjects in the top 3, reported speech as well as quotes, the wrong kinds and
split entities an analyst would object to) and bench/actors_web_gold_blind.json (a held-out third reading,
written from the pages' text without seeing brief's output or the other golds: the figure that does not
flatter). Each gold is also scored alone, and its sub-total printed before the last line; ``--gold FILE``
scores one gold (or several, repeated) instead of the three, each with its checks by kind.

Pages from other sites: bench/other_pages.py unpacks the 181 pages of the public article-extraction
benchmark (126 sites) into a folder outside the project; bench/actors_web_gold_other_a.json and
bench/actors_web_gold_other_b.json are blind golds for its two halves (A was read while fixing brief,
B is held out): ``python bench/actors_web.py DIR --gold bench/actors_web_gold_other_a.json --gold
bench/actors_web_gold_other_b.json``. A second set, the saved pages of three extraction libraries' test
suites (newspaper, goose3, readability; ~100 more sites, 2010-2020), is unpacked by the same script, and
bench/actors_web_gold_other_c.json and bench/actors_web_gold_other_d.json are blind golds for its halves
(C read while fixing, D held out), written before anyone read brief's output on those pages. The
postlight parser's fixtures give E (read) and F (held out), and fundus's test pages of 2023-2026 (English
editions) G (read) and H (held out), and L3S-GN1's pages of 2008 (found through six English-language Google
News editions) I (read) and J (held out): bench/other_pages.py says how each set is unpacked. More of
L3S-GN1's pages make half K (read; /work/pages/kl holds K and L, /work/notes/s55/half-k.txt lists K):
bench/actors_web_gold_other_k.json is a blind gold for 30 of them, drawn and written in session 61 before brief
was run on them (``python bench/actors_web.py /work/pages/kl --gold bench/actors_web_gold_other_k.json``), and
bench/actors_web_gold_other_k2.json a second blind gold for 30 more of them (K's first gold had been fixed
against), drawn and written in session 62 the same way (``--gold bench/actors_web_gold_other_k2.json``), and
bench/actors_web_gold_other_k3.json a third for 30 more (K2 had been fixed against too), drawn and written in session 63
the same way (``--gold bench/actors_web_gold_other_k3.json``); in session 64 the 99 K pages in none of those were
drawn into two halves for a fourth and a fifth blind gold written at the same time, bench/actors_web_gold_other_k4.json
(29 pages: its half's draw ended there) and bench/actors_web_gold_other_k5.json (30 pages; ``--gold
bench/actors_web_gold_other_k5.json``). L3S-GN1's 144 short pages (labelled text under 200 words: wire items and
briefs) are in /work/pages/mn: bench/actors_web_gold_other_m.json is a blind gold for 35 of its read half M
(/work/pages/readM, every other page by name), drawn and written in session 65 before brief was run on them
(``python bench/actors_web.py /work/pages/mn --gold bench/actors_web_gold_other_m.json``); its other half N
(the other 72 pages of /work/pages/mn) is held out: bench/actors_web_gold_other_n.json is a blind gold for 35 of
them, drawn and written in session 66 the same way (``--gold bench/actors_web_gold_other_n.json`` on
/work/pages/mn; read only its totals). K's
held-out twin L (the other 188 pages of /work/pages/kl) has bench/actors_web_gold_other_l.json, a blind gold for 30
of them written the same way in session 62: run it on /work/pages/kl, and read only its totals.

Across all pages it counts position summaries whose leading verb is malformed and chosen
sentences (article summaries and the briefing) that carry page debris; both checks are in
bench/_web_checks.py, with their rules. Per-page failures are printed readably, and the last
line is ``actors-web: gold N/M (P%), malformed verbs K/N positions, debris sentences D``. With a
held-out half's gold (B, D, F, H, J, L) nothing of a page is printed, not even its name: only each
gold's sub-total and the last line.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _web_checks import debris_in, malformed_verb, matches, norm, plural_holder  # noqa: E402

from brief import pipeline  # noqa: E402
from brief.model import Actor, Report  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "webpages" / "dev"
DEFAULT_GOLD = (ROOT / "bench" / "actors_web_gold.json", ROOT / "bench" / "actors_web_gold_more.json",
                ROOT / "bench" / "actors_web_gold_blind.json")
TOP = 5  # a subject must be among the first TOP actors: what the Actors view shows without scrolling
# (a subject entry may ask for fewer with "top": the one the story is about belongs in the top 3)
NOT_ARTICLE = "doesn't look like an article"
# A page left out as not an article is named by its headline in the message (brief.ingest.pagekind).
LEFT_OUT_TITLE = re.compile(r": “(.*)” doesn't look like an article \(")
KIND_KEYS = {"not_person": "person", "not_place": "place", "not_organization": "organization"}


@dataclass
class PageResult:
    """What one page scored, and a readable line per failed check."""

    name: str
    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)
    positions: int = 0
    malformed: list[str] = field(default_factory=list)
    debris: list[str] = field(default_factory=list)
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # check kind -> [passed, total]

    def check(self, kind: str, ok: bool, failure: str) -> None:
        self.total += 1
        tally = self.by_kind.setdefault(kind, [0, 0])
        tally[1] += 1
        if ok:
            self.passed += 1
            tally[0] += 1
        else:
            self.failures.append(failure)


def run_page(path: Path) -> tuple[Report | None, list[str]]:
    """brief's report for one page (None when nothing was usable) and every message it gave."""
    options = pipeline.Options(workers=1, cache=False)
    sink = io.StringIO()
    with contextlib.redirect_stderr(sink):  # library warnings (numpy, sumy) are not brief's messages
        try:
            loaded = pipeline.load([str(path)], options)
        except pipeline.NothingToRead as exc:
            return None, list(exc.errors)
        report = pipeline.build_report(loaded, options)
    return report, [*loaded.errors, *report.meta.warnings]


def ranked(report: Report | None) -> list[Actor]:
    return sorted((a for story in report.stories for a in story.actors), key=lambda a: a.salience) if report else []


def describe(actor: Actor) -> str:
    return f"{actor.name} ({actor.kind})"


def score_page(name: str, gold: dict[str, Any], report: Report | None, messages: list[str]) -> PageResult:
    """Every gold check of one page."""
    result = PageResult(name)
    actors = ranked(report)
    article = report.articles[0] if report and report.articles else None
    flagged = any(NOT_ARTICLE in m for m in messages)

    if "title" in gold:
        left_out = next((m.group(1) for m in map(LEFT_OUT_TITLE.search, messages) if m), "(no article)")
        got = article.title if article else left_out
        result.check("titles", norm(got) in {norm(t) for t in gold["title"]}, f"title: {got!r}, expected {gold['title'][0]!r}")
    if "article" in gold:
        if gold["article"]:
            result.check("article", not flagged, "flagged as not an article, but it is one")
        else:
            result.check("article", flagged, "not an article, but not flagged as such")
    if gold.get("language", "en") != "en":
        listed = ", ".join(describe(a) for a in actors[:6])
        result.check("language", not actors, f"not English ({gold['language']}), yet actors are listed: {listed}")
    for subject in gold.get("subjects", []):
        limit = subject.get("top", TOP)
        top = actors[:limit]
        kinds = [subject["kind"]] if isinstance(subject["kind"], str) else subject["kind"]
        named = [a for a in top if matches(a, subject["names"])]
        hit = next((a for a in named if a.kind in kinds), named[0] if named else None)
        anywhere = next((a for a in actors if matches(a, subject["names"])), None)
        if hit is not None and hit.kind in kinds:
            result.check("subjects", True, "")
        elif hit is not None:
            result.check("subjects", False, f"subject {subject['names'][0]}: in the top {limit} as {hit.kind}, expected {' or '.join(kinds)}")
        else:
            where = f"ranked {anywhere.salience} as {describe(anywhere)}" if anywhere else "not an actor"
            tops = ", ".join(describe(a) for a in top)
            result.check("subjects", False, f"subject {subject['names'][0]} ({' or '.join(kinds)}): {where}; top {limit}: {tops}")
    for quote in gold.get("quotes", []):
        fragment = norm(quote["says"])
        holders = [a for a in actors if any(fragment in norm(p.text) or fragment in norm(p.summary) for p in a.positions)]
        right = [a for a in holders if matches(a, quote["speaker"])]
        wrong = [a for a in holders if not matches(a, quote["speaker"])]
        if right and not wrong:
            result.check("quotes", True, "")
        else:
            found = ", ".join(describe(a) for a in wrong) if wrong else "no actor"
            extra = " (and the speaker too)" if right else ""
            result.check("quotes", False, f"quote {quote['says']!r} of {quote['speaker'][0]}: under {found}{extra}")
    for bad in gold.get("not_actor", []):
        hit = next((a for a in actors if matches(a, [bad])), None)
        result.check("not actors", hit is None, f"not an actor, but listed: {bad!r} as {describe(hit) if hit else ''}")
    for key, kind in KIND_KEYS.items():
        for bad in gold.get(key, []):
            hit = next((a for a in actors if a.kind == kind and matches(a, [bad])), None)
            result.check("not actors", hit is None, f"not a {kind}, but listed as one: {bad!r} ({hit.name if hit else ''})")
    for names in gold.get("same_actor", []):
        split = [a for a in actors if any(matches(a, [n]) for n in names)]
        result.check("same actor", len(split) <= 1, f"one entity, {len(split)} actors: {', '.join(describe(a) for a in split)}")

    for actor in actors:
        for position in actor.positions:
            result.positions += 1
            if malformed_verb(position.summary, position.cue, plural_holder(actor)):
                result.malformed.append(f"{actor.name}: cue {position.cue!r} -> {position.summary[:70]!r}")
    for sentence in chosen_sentences(report):
        kinds = debris_in(sentence)
        if kinds:
            result.debris.append(f"{'/'.join(kinds)}: {sentence[:110]!r}")
    return result


def chosen_sentences(report: Report | None) -> list[str]:
    """The article summaries' sentences and the briefing's, each once: a briefing item that is a
    summary's sentence is that sentence (the briefing shows it without the weekday that dates it
    from its article, brief.summarize.relative_time), not a second one."""
    if report is None:
        return []
    texts: dict[str, None] = {}
    chosen: set[tuple[int, int]] = set()
    for article_id, summary in report.summaries.items():
        by_index = {s.index: s.text for s in report.sentences.get(article_id, ())}
        for index in summary.indexes:
            texts.setdefault(by_index[index], None)
            chosen.add((article_id, index))
    for item in (item for story in report.stories for item in story.briefing):
        if not any((ref.article, ref.index) in chosen for ref in item.sources):
            texts.setdefault(item.text, None)
    return list(texts)


def read_gold(paths: Iterable[str | Path], only: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """The pages of every gold file, their checks joined (a later file's title or flags win); with
    ``only``, just the pages of those file names (a diagnosis's ``--page``)."""
    pages = join_golds([gold_pages(Path(path)) for path in paths])
    if only:
        wanted = set(only)
        pages = {name: checks for name, checks in pages.items() if name in wanted}
    return pages


_HELD_OUT_GOLD = re.compile(r"_[bdfhjln]\.json$")
"""A gold of a held-out half (actors_web_gold_other_b, _d, _f, _h, _j, _l, _n: pages nobody fixing brief may read)."""


def held_out(golds: Iterable[str | Path]) -> bool:
    """Whether any of the golds is a held-out half's: the diagnoses (bench/*_misses.py) then print only
    counts, never a name, a text or a page."""
    return any(_HELD_OUT_GOLD.search(str(gold)) for gold in golds)


def misses_parser(description: str) -> argparse.ArgumentParser:
    """The arguments of a diagnosis that reads failed checks page by page (bench/*_misses.py): the
    pages' folder, the golds, some pages only, and --counts-only."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("dir", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument("--gold", action="append")
    parser.add_argument("--page", action="append")
    parser.add_argument("--counts-only", action="store_true")
    return parser


def misses_pages(args: argparse.Namespace) -> tuple[dict[str, dict[str, Any]], bool]:
    """The gold pages a diagnosis reads, and whether it may print only counts (a held-out gold's)."""
    paths = [Path(p) for p in args.gold] if args.gold else list(DEFAULT_GOLD)
    return read_gold(paths, args.page), args.counts_only or held_out(paths)


def gold_pages(path: Path) -> dict[str, dict[str, Any]]:
    """One gold file's checks, by page."""
    pages: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["pages"]
    return pages


def join_golds(golds: list[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """The union of several golds' checks, page by page (a later gold's title or flags win)."""
    pages: dict[str, dict[str, Any]] = {}
    for gold in golds:
        for name, checks in gold.items():
            page = pages.setdefault(name, {})
            for key, value in checks.items():
                if isinstance(value, list) and key != "title":
                    page[key] = [*page.get(key, []), *value]
                else:
                    page[key] = value
    return pages


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", nargs="?", default=str(DEFAULT_DIR), help="directory of the saved pages")
    parser.add_argument("--gold", action="append", help="gold file (JSON, see bench/actors_web_gold.json); repeatable; "
                        "default: actors_web_gold.json, actors_web_gold_more.json and actors_web_gold_blind.json")
    parser.add_argument("--page", action="append", help="only this page (file name); repeatable")
    parser.add_argument("--quiet", action="store_true", help="only the failures' counts per page and the last line")
    args = parser.parse_args(argv[1:])
    directory = Path(args.dir)
    paths = [Path(p) for p in args.gold] if args.gold else list(DEFAULT_GOLD)
    golds = {path: gold_pages(path) for path in paths}
    if args.page:
        golds = {path: {k: v for k, v in gold.items() if k in set(args.page)} for path, gold in golds.items()}
    pages = join_golds(list(golds.values()))
    missing = [name for name in pages if not (directory / name).is_file()]
    if missing:
        print(f"actors_web: {len(missing)} gold pages not in {directory}: {', '.join(missing[:5])}", file=sys.stderr)
        return 2
    counts_only = held_out(paths)  # a held-out half's pages: neither their names nor their failures are printed
    passed = total = positions = malformed = debris = 0
    alone: dict[Path, dict[str, list[int]]] = {path: {} for path in golds}  # each gold alone: kind -> [passed, total]
    for name, gold in sorted(pages.items()):
        report, messages = run_page(directory / name)
        result = score_page(name, gold, report, messages)
        for path, checks in golds.items():
            if name in checks:
                own = score_page(name, checks[name], report, messages)
                for kind, (kind_passed, kind_total) in own.by_kind.items():
                    tally = alone[path].setdefault(kind, [0, 0])
                    tally[0] += kind_passed
                    tally[1] += kind_total
        passed, total = passed + result.passed, total + result.total
        positions, malformed = positions + result.positions, malformed + len(result.malformed)
        debris += len(result.debris)
        if counts_only:
            continue
        print(f"{name}: gold {result.passed}/{result.total}, malformed {len(result.malformed)}/{result.positions}, "
              f"debris {len(result.debris)}")
        if not args.quiet:
            for line in result.failures:
                print(f"  FAIL {line}")
            for line in result.malformed:
                print(f"  VERB {line}")
            for line in result.debris:
                print(f"  DEBRIS {line}")
    for path, kinds in alone.items():
        own_passed, own_total = sum(k[0] for k in kinds.values()), sum(k[1] for k in kinds.values())
        parts = ", ".join(f"{kind} {k[0]}/{k[1]}" for kind, k in sorted(kinds.items()))
        print(f"  gold {path.name}: {own_passed}/{own_total} ({100.0 * own_passed / own_total if own_total else 0.0:.0f}%): {parts}")
    percent = 100.0 * passed / total if total else 0.0
    print(f"actors-web: gold {passed}/{total} ({percent:.0f}%), malformed verbs {malformed}/{positions} positions, "
          f"debris sentences {debris}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
