"""Fit the actors' salience weights on the read golds' subject checks, with cross-validation.

Usage: python bench/salience_fit.py collect [--out FILE]   (runs brief on the read pages: minutes)
       python bench/salience_fit.py fit [--records FILE]    (seconds)

``collect`` runs brief on every page of the read golds that has subjects (other-sites halves A, C,
E and the dev pages; never the held-out halves B, D, F) and records, per listed actor, its name,
aliases, kind, tier and ``salience.Evidence``. ``fit`` re-ranks those actors under other weights
and counts the subject checks passed as bench/actors_web.py does (the subject in the top 3 or 5,
with its kind). The weights are fitted by coordinate search on one fold (A+C or E+dev) and scored
on the other, both ways round; the figures for today's weights are printed beside them.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _web_checks import norm  # noqa: E402

SETS = {  # the read halves and the dev pages: the held-out halves are never scored here
    "A": (Path("/work/xpages/pages"), ROOT / "bench" / "actors_web_gold_other_a.json"),
    "C": (Path("/work/xpages/pages2"), ROOT / "bench" / "actors_web_gold_other_c.json"),
    "E": (Path("/work/xpages/pages3"), ROOT / "bench" / "actors_web_gold_other_e.json"),
    "dev": (ROOT.parent / "shared" / "eval" / "webpages" / "dev", None),
}
FOLDS = (("A", "C"), ("E", "dev"))
DEFAULT_RECORDS = Path(tempfile.gettempdir()) / "brief_salience_records.json"
TOP = 5


def _golds(name: str) -> dict[str, Any]:
    from actors_web import DEFAULT_GOLD, read_gold

    gold = SETS[name][1]
    return read_gold([gold] if gold else list(DEFAULT_GOLD))


def collect(out: Path) -> None:
    """Run brief on each read page with subjects and record every listed actor's evidence."""
    import actors_web

    from brief.actors import assemble

    records: list[dict[str, Any]] = []
    current: list[dict[str, Any]] = []
    real_salience, real_actor, real_tier = assemble.salience, assemble.Actor, assemble._tier

    pending: list[dict[str, Any]] = []  # a headline-only actor's evidence: scored before it is made

    def actor(*args: Any) -> Any:
        made = real_actor(*args)
        current.append({"name": made.name, "aliases": list(made.aliases), "kind": made.kind})
        if pending:
            current[-1].update(tier=0, evidence=pending.pop())
        return made

    def tier(*args: Any) -> int:
        current[-1]["tier"] = real_tier(*args)
        return current[-1]["tier"]

    def salience(found: Any) -> float:
        if current and "evidence" not in current[-1]:
            current[-1]["evidence"] = dataclasses.asdict(found)
        else:
            pending.append(dataclasses.asdict(found))
        return real_salience(found)

    assemble.Actor, assemble._tier, assemble.salience = actor, tier, salience  # type: ignore[assignment,misc]
    for name in SETS:
        folder = SETS[name][0]
        for page, gold in _golds(name).items():
            if not gold.get("subjects") or not (folder / page).exists():
                continue
            current.clear()
            pending.clear()
            report, _ = actors_web.run_page(folder / page)
            listed = {a.name for s in report.stories for a in s.actors} if report else set()
            stories = len(report.stories) if report else 0
            records.append({"set": name, "page": page, "subjects": gold["subjects"], "stories": stories,
                            "actors": [r for r in current if r["name"] in listed and "evidence" in r]})
            print(name, page, len(records[-1]["actors"]), file=sys.stderr)
    out.write_text(json.dumps(records))


@dataclasses.dataclass(frozen=True)
class Weights:
    """The weights of ``salience.salience``, as named there."""

    article: float
    position: float
    place: float
    group: float
    title: float
    lead: float
    dek: float
    opener: float


def today() -> Weights:
    from brief.actors import salience as s
    from brief.actors.groups import GROUP_FACTOR

    return Weights(s.ARTICLE_WEIGHT, s.POSITION_WEIGHT, s.PLACE_FACTOR, GROUP_FACTOR, s.TITLE_WEIGHT,
                   s.LEAD_WEIGHT, s.DEK_WEIGHT, s.LEAD_OPENER_WEIGHT)


def score(e: dict[str, Any], w: Weights) -> float:
    base = e["mentions"] + w.article * e["articles"] + w.position * e["positions"]
    if e["minor_place"]:
        base *= w.place
    if e["group"]:
        base *= w.group
    return (base + w.title * (e["titles"] + e["offices"] + e["owned"]) + w.lead * e["leads"] + w.dek * e["deks"]
            + w.opener * e["openers"])


def passed(records: Sequence[dict[str, Any]], w: Weights, fails: list[str] | None = None) -> tuple[int, int]:
    """Subject checks passed under the weights, as bench/actors_web.py counts them (one story a page)."""
    ok = total = 0
    for r in records:
        actors = sorted(r["actors"], key=lambda a: (a["tier"], -score(a["evidence"], w), a["name"]))
        for subject in r["subjects"]:
            total += 1
            kinds = [subject["kind"]] if isinstance(subject["kind"], str) else subject["kind"]
            names = {norm(n) for n in subject["names"]}
            top = [a for a in actors[: subject.get("top", TOP)] if {norm(n) for n in [a["name"], *a["aliases"]]} & names]
            if any(a["kind"] in kinds for a in top):
                ok += 1
            elif fails is not None:
                fails.append(f"{r['set']} {r['page']}: {subject['names'][0]}")
    return ok, total


GRIDS: dict[str, Sequence[float]] = {
    "article": (0, 1, 2, 3, 4, 6), "position": (0, 0.5, 1, 1.25, 1.5, 2, 3, 4), "place": (0.25, 0.5, 0.75, 1),
    "group": (0.25, 0.5, 1), "title": (2, 4, 6, 8, 10, 12, 16), "lead": (0, 1, 2, 3, 4, 6),
    "dek": (0, 1, 2, 3, 4, 6), "opener": (0, 2, 4, 6, 8, 10),
}


def fit(records: Sequence[dict[str, Any]], start: Weights, fields: Sequence[str], rounds: int = 3) -> Weights:
    """Coordinate search: each weight in turn set to the grid value that passes the most checks (ties
    keep the current value, then the value nearest today's), until nothing moves."""
    best = start
    for _ in range(rounds):
        moved = False
        for name in fields:
            current = passed(records, best)[0]
            for value in GRIDS[name]:
                trial = dataclasses.replace(best, **{name: value})
                got = passed(records, trial)[0]
                if got > current:
                    best, current, moved = trial, got, True
        if not moved:
            break
    return best


def _fold(records: Sequence[dict[str, Any]], names: Sequence[str]) -> list[dict[str, Any]]:
    return [r for r in records if r["set"] in names]


def report_fit(records: Sequence[dict[str, Any]], fields: Sequence[str]) -> None:
    base = today()
    for train, test in itertools.permutations(FOLDS, 2):
        fitted = fit(_fold(records, train), base, fields)
        changed = {k: v for k, v in dataclasses.asdict(fitted).items() if v != getattr(base, k)}
        print(f"fit on {'+'.join(train)}: {changed}")
        for names in (train, test):
            rows = _fold(records, names)
            print(f"  {'+'.join(names)}: today {passed(rows, base)}, fitted {passed(rows, fitted)}")
        for name in SETS:
            rows = _fold(records, [name])
            print(f"    {name}: today {passed(rows, base)}, fitted {passed(rows, fitted)}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=("collect", "fit", "fails"))
    parser.add_argument("--records", type=Path, default=DEFAULT_RECORDS)
    parser.add_argument("--fields", default=",".join(GRIDS), help="weights to fit, comma-separated")
    args = parser.parse_args(argv)
    if args.mode == "collect":
        collect(args.records)
        return
    records = json.loads(args.records.read_text())
    if args.mode == "fails":
        fails: list[str] = []
        print(passed(records, today(), fails))
        print("\n".join(fails))
        return
    report_fit(records, args.fields.split(","))


if __name__ == "__main__":
    main()
