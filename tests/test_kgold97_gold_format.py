"""The actor golds bench/actors_web.py reads (bench/actors_web_gold*.json, A to N) are well formed: a malformed
entry (a misspelt key, a kind brief has no name for, a quote without its speaker, a name list given as one string)
would otherwise be skipped silently or crash the bench halfway through a run."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import actors_web  # noqa: E402
from actors_web import KIND_KEYS, held_out  # noqa: E402

GOLDS = sorted((ROOT / "bench").glob("actors_web_gold*.json"))
PAGE_KEYS = {"title", "article", "language", "subjects", "quotes", "not_actor", "same_actor", *KIND_KEYS}
KINDS = {"person", "organization", "place", "group"}  # brief.model.Actor.kind
TOPS = {3, 5}  # a subject belongs in the top 3 (the story's own) or the top 5 (what the Actors view shows)


def _names(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(n, str) and n.strip() for n in value)


def problems(gold: dict[str, Any]) -> list[str]:
    """Every malformed part of one gold file, as page: what."""
    found = [] if isinstance(gold.get("about"), str) and gold["about"] else ["about: missing"]
    pages = gold.get("pages")
    if not isinstance(pages, dict) or not pages:
        return [*found, "pages: missing"]
    for page, checks in pages.items():
        found += [f"{page}: unknown key {key!r}" for key in set(checks) - PAGE_KEYS]
        if "title" in checks and not _names(checks["title"]):
            found.append(f"{page}: title is not a list of headlines")
        if not isinstance(checks.get("article", True), bool) or not isinstance(checks.get("language", "en"), str):
            found.append(f"{page}: article or language of the wrong type")
        for subject in checks.get("subjects", []):
            kinds = [subject.get("kind")] if isinstance(subject.get("kind"), str) else subject.get("kind")
            if not _names(subject.get("names")) or not _names(kinds) or not set(kinds) <= KINDS:
                found.append(f"{page}: subject {subject!r}")
            elif subject.get("top", 5) not in TOPS or set(subject) - {"names", "kind", "top"}:
                found.append(f"{page}: subject {subject['names'][0]!r} top or keys")
        for quote in checks.get("quotes", []):
            if set(quote) != {"says", "speaker"} or not _names([quote["says"]]) or not _names(quote["speaker"]):
                found.append(f"{page}: quote {quote!r}")
        for key in ("not_actor", *KIND_KEYS):
            if key in checks and not _names(checks[key]):
                found.append(f"{page}: {key} is not a list of names")
        for group in checks.get("same_actor", []):
            if not _names(group):  # one name alone is allowed: its check always holds
                found.append(f"{page}: same_actor {group!r}")
    return found


@pytest.mark.parametrize("path", GOLDS, ids=[p.name for p in GOLDS])
def test_every_actor_gold_is_well_formed(path: Path) -> None:
    found = problems(json.loads(path.read_text(encoding="utf-8")))
    if held_out([path]):  # a held-out half's gold may be counted, never read
        assert len(found) == 0, f"{len(found)} malformed entries"
    else:
        assert found == []


def test_half_ks_gold_is_there_and_read() -> None:
    gold = json.loads((ROOT / "bench" / "actors_web_gold_other_k.json").read_text(encoding="utf-8"))
    assert len(gold["pages"]) == 30
    assert not held_out(["bench/actors_web_gold_other_k.json"])


@pytest.mark.parametrize("name", ["k2", "k3", "k4", "k5"])
def test_half_ks_later_blind_golds_are_there_and_read(name: str) -> None:
    """K's second to fifth blind golds (sessions 62 to 64): 30 pages each (K4's draw ended at 29), none in an
    earlier K gold."""
    gold = json.loads((ROOT / "bench" / f"actors_web_gold_other_{name}.json").read_text(encoding="utf-8"))
    assert len(gold["pages"]) == {"k4": 29}.get(name, 30)
    assert not held_out([f"bench/actors_web_gold_other_{name}.json"])
    earlier = {"k2": ["k"], "k3": ["k", "k2"], "k4": ["k", "k2", "k3"], "k5": ["k", "k2", "k3", "k4"]}[name]
    for other in earlier:
        pages = json.loads((ROOT / "bench" / f"actors_web_gold_other_{other}.json").read_text(encoding="utf-8"))["pages"]
        assert not set(pages) & set(gold["pages"])


def test_short_pages_gold_m_is_there_and_read() -> None:
    """M (session 65): a blind gold for 35 of the read half of L3S-GN1's short pages, none in a K gold."""
    gold = json.loads((ROOT / "bench" / "actors_web_gold_other_m.json").read_text(encoding="utf-8"))
    assert len(gold["pages"]) == 35
    assert not held_out(["bench/actors_web_gold_other_m.json"])
    for other in ("k", "k2", "k3", "k4", "k5"):
        pages = json.loads((ROOT / "bench" / f"actors_web_gold_other_{other}.json").read_text(encoding="utf-8"))["pages"]
        assert not set(pages) & set(gold["pages"])


def test_short_pages_gold_n_is_there_and_held_out() -> None:
    """N (session 66): a blind gold for 35 of the held-out half of L3S-GN1's short pages, none in M's gold nor
    in readM (the read half), and held out: the bench prints only its totals."""
    gold = json.loads((ROOT / "bench" / "actors_web_gold_other_n.json").read_text(encoding="utf-8"))
    assert len(gold["pages"]) == 35
    assert held_out(["bench/actors_web_gold_other_n.json"])
    for other in ("m", "k", "k2", "k3", "k4", "k5", "l"):
        pages = json.loads((ROOT / "bench" / f"actors_web_gold_other_{other}.json").read_text(encoding="utf-8"))["pages"]
        assert not set(pages) & set(gold["pages"])
    read_half = Path("/work/pages/readM")
    if read_half.is_dir():  # the folders live outside the project: checked where they exist
        assert not {p.name for p in read_half.glob("*.html")} & set(gold["pages"])


def test_half_ls_gold_is_there_and_held_out() -> None:
    gold = json.loads((ROOT / "bench" / "actors_web_gold_other_l.json").read_text(encoding="utf-8"))
    assert len(gold["pages"]) == 30
    assert held_out(["bench/actors_web_gold_other_l.json"])


def test_a_held_out_gold_prints_only_its_totals(tmp_path: Path, monkeypatch, capsys) -> None:
    """Nothing of a held-out page reaches the screen, not its name nor its failures, even without --quiet."""
    (tmp_path / "ferry-story.html").write_text("<p>Mara Velik said the ferry will run again.</p>", encoding="utf-8")
    checks = {"subjects": [{"names": ["Mara Velik"], "kind": "person", "top": 3}],
              "quotes": [{"says": "the ferry will run again", "speaker": ["Mara Velik"]}]}
    for half in ("k", "l"):
        gold = tmp_path / f"actors_web_gold_other_{half}.json"
        gold.write_text(json.dumps({"about": "a test gold", "pages": {"ferry-story.html": checks}}), encoding="utf-8")
    monkeypatch.setattr(actors_web, "run_page", lambda path: (None, []))  # no actors: both checks fail

    assert actors_web.main(["actors_web", str(tmp_path), "--gold", str(tmp_path / "actors_web_gold_other_l.json")]) == 0
    out = capsys.readouterr().out
    assert "ferry" not in out and "Mara Velik" not in out
    assert out.splitlines()[-1].startswith("actors-web: gold 0/2 (0%)")
    assert "  gold actors_web_gold_other_l.json: 0/2" in out

    assert actors_web.main(["actors_web", str(tmp_path), "--gold", str(tmp_path / "actors_web_gold_other_k.json")]) == 0
    out = capsys.readouterr().out  # a read half's pages and failures are printed
    assert "ferry-story.html: gold 0/2" in out and "FAIL subject Mara Velik" in out


def test_malformed_entries_are_found() -> None:
    good = {"subjects": [{"names": ["Mara Velik"], "kind": "person", "top": 3}],
            "quotes": [{"says": "the ferry will run again", "speaker": ["Mara Velik", "Velik"]}],
            "same_actor": [["Mara Velik", "Velik"]]}
    assert problems({"about": "a test gold", "pages": {"p.html": good}}) == []
    bad = {"subjects": [{"names": "Mara Velik", "kind": "mayor"}],
           "quotes": [{"says": "the ferry will run again", "speker": ["Velik"]}],
           "not_persn": ["Harbour Road"], "same_actor": [[]]}
    assert len(problems({"about": "a test gold", "pages": {"p.html": bad}})) == 4
