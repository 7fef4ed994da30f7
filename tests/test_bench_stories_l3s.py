"""bench/stories_web.py's L3S piles (bench/stories_l3s.py), on a tiny checkout of pages written here:
a read half scored in full, a held-out half by its totals only, the gold in halves."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import stories_l3s  # noqa: E402
import stories_web  # noqa: E402

_FERRY = (
    "The harbour board of Kellmoor voted on Tuesday to close the old ferry pier for two years of repairs.",
    "Board chair Odile Varnsby said the timber piles of the Kellmoor pier had rotted further than expected.",
    "Ferry passengers will board at the Kellmoor fishing quay instead, a walk of ten minutes from the station.",
    "The pier repairs are expected to cost four million crowns, most of it from the regional transport fund.",
)
_FERRY_AGAIN = (
    "Kellmoor's ferry pier will shut for two years after the harbour board voted on Tuesday for repairs.",
    "Odile Varnsby, who chairs the board, said the pier's timber piles had rotted further than engineers thought.",
    "Passengers will use the Kellmoor fishing quay during the repairs, ten minutes on foot from the station.",
    "The board put the cost of the pier repairs at four million crowns from the regional transport fund.",
)
_CHOIR = (
    "The Dunmere youth choir won the national folk song prize in Ostraven on Saturday night.",
    "Conductor Brannoch Leith said the forty singers had rehearsed the winning ballad since the spring.",
    "The choir will sing the ballad again at the Dunmere abbey concert on the first Sunday of next month.",
    "The prize brings a grant of twelve thousand crowns for the choir's travel and new songbooks.",
)


def _page(title: str, paragraphs: tuple[str, ...]) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three saved pages in a checkout's layout, halves K (two) and L (one), and a url mapping."""
    folder = tmp_path / "L3S-GN1-20100130203947-00001"
    (folder / "original").mkdir(parents=True)
    pages = {"0aaaaaaa-1111": ("Kellmoor closes its ferry pier", _FERRY, "K"),
             "0bbbbbbb-2222": ("Pier to shut for two years", _FERRY_AGAIN, "K"),
             "0ccccccc-3333": ("Dunmere choir wins folk prize", _CHOIR, "L")}
    drawn = {}
    for uuid, (title, text, half) in pages.items():
        path = folder / "original" / f"{uuid}.html"
        path.write_text(_page(title, text), encoding="utf-8")
        drawn[path] = (f"l3s-{uuid[:8]}.html", half)
    (folder / "url-mapping.txt").write_text(
        "<urn:uuid:0aaaaaaa-1111>\thttp://news.kellmoor-gazette.co.uk/pier.html\n"
        "<urn:uuid:0bbbbbbb-2222>\thttp://www.kellmoor-gazette.co.uk/ferry/2.html\n", encoding="utf-8")
    monkeypatch.setattr(stories_l3s, "halves", lambda _checkout: drawn)
    return tmp_path


def _gold(path: Path, halves: dict[str, object]) -> Path:
    path.write_text(json.dumps({"about": "test", "halves": halves}), encoding="utf-8")
    return path


def test_a_story_is_a_list_of_names_or_an_about_with_its_pages_and_every_other_page_stands_alone() -> None:
    half = {"pages": ["a.html", "b.html", "c.html", "d.html"],
            "stories": [["a.html", "b.html"], {"about": "a pier", "pages": ["c.html", "x.html"]}]}
    labels = stories_l3s.gold_labels(half)
    assert labels["a.html"] == labels["b.html"] and labels["c.html"] == labels["x.html"]
    assert len({labels[p] for p in ("a.html", "c.html", "d.html")}) == 3


def test_a_missing_gold_has_no_halves(tmp_path: Path) -> None:
    assert stories_l3s.gold_halves(tmp_path / "none.json") == {}


def test_a_half_is_staged_under_its_page_names_and_only_the_pages_the_gold_names(checkout: Path, tmp_path: Path) -> None:
    out = tmp_path / "staged"
    out.mkdir()
    staged = stories_l3s.stage_half(checkout, "K", ["l3s-0aaaaaaa.html", "l3s-0ccccccc.html"], out)
    assert [p.name for p in staged] == ["l3s-0aaaaaaa.html"]


def test_the_site_of_a_page_without_an_address_of_its_own_is_where_it_was_fetched_from(checkout: Path) -> None:
    addresses = stories_l3s.page_addresses(checkout)
    assert addresses["l3s-0bbbbbbb.html"] == "http://www.kellmoor-gazette.co.uk/ferry/2.html"
    plain = checkout / "l3s-0aaaaaaa.html"
    plain.write_text(_page("A pier", _FERRY), encoding="utf-8")
    assert stories_web.site_of(plain, addresses) == "kellmoor-gazette.co.uk"
    assert stories_web.site_of(plain) == "l3s-0aaaaaaa.html"


def test_a_read_half_prints_its_pages_and_a_held_out_half_only_its_totals(
    checkout: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The gold keeps the two pier pages apart (a wrong merge to print) and the choir alone in L.
    gold = _gold(tmp_path / "gold.json", {
        "K": {"pages": ["l3s-0aaaaaaa.html", "l3s-0bbbbbbb.html"], "stories": []},
        "L": {"pages": ["l3s-0ccccccc.html", "l3s-0ddddddd.html"],
              "stories": [{"about": "a choir", "pages": ["l3s-0ccccccc.html", "l3s-0ddddddd.html"]}]},
    })
    scores = stories_web.run_l3s(checkout, gold, ["K", "L"], sites=True)
    out = capsys.readouterr().out
    k_part, l_part = out.split("\nL3S L:")
    assert "wrong merge: l3s-0aaaaaaa.html + l3s-0bbbbbbb.html" in k_part
    assert "kellmoor-gazette.co.uk 2" in k_part
    assert "l3s-0c" not in l_part and "l3s-0d" not in l_part and "L all: 1 articles" in l_part
    assert scores["K"][0] == pytest.approx(0.5) and set(scores) == {"K", "L"}


def test_a_half_the_gold_lacks_is_said_and_skipped(checkout: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold(tmp_path / "gold.json", {"K": {"pages": ["l3s-0aaaaaaa.html"], "stories": []}})
    assert set(stories_web.run_l3s(checkout, gold, ["K", "L"], sites=False)) == {"K"}
    assert "L3S L: no gold" in capsys.readouterr().out
