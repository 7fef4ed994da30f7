"""bench/other_pages.py: which pages of a saved set become a gold's pages, and under what names."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import other_pages  # noqa: E402
from actors_web import held_out  # noqa: E402


def _l3s_page(folder: Path, uuid: str, labelled_words: int) -> None:
    """One page of an L3S-GN1-like set: the saved page, and its copy with the assessors' labels."""
    body = " ".join(["harbour"] * labelled_words)
    (folder / "original" / f"{uuid}.html").write_text(f"<html><body><p>{body}</p></body></html>")
    (folder / "annotated" / f"{uuid}.html").write_text(
        '<html><body><span class="x-nc-sel0">Print this article</span>'
        f'<span class="x-nc-sel2"><b>{body}</b></span></body></html>'
    )


def test_l3s_pages_are_the_long_ones_first_by_uuid(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "L3S-GN1-20100130203947-00001"
    (folder / "original").mkdir(parents=True)
    (folder / "annotated").mkdir()
    _l3s_page(folder, "0aaaaaaa-1111", other_pages.L3S_MIN_WORDS)
    _l3s_page(folder, "0bbbbbbb-2222", other_pages.L3S_MIN_WORDS - 1)  # too short: a brief
    _l3s_page(folder, "0ccccccc-3333", 2 * other_pages.L3S_MIN_WORDS)
    _l3s_page(folder, "0ddddddd-4444", 3 * other_pages.L3S_MIN_WORDS)
    monkeypatch.setattr(other_pages, "L3S_SAMPLE", 2)
    pages = other_pages.read_pages(tmp_path)
    assert pages is not None
    assert sorted(pages) == ["l3s-0aaaaaaa.html", "l3s-0ccccccc.html"]
    assert pages["l3s-0aaaaaaa.html"].startswith(b"<html><body><p>harbour")


def test_an_unknown_layout_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    assert other_pages.read_pages(tmp_path) is None


def test_the_fifth_pairs_held_out_half_is_held_out() -> None:
    assert held_out(["bench/actors_web_gold_other_j.json"])
    assert held_out(["bench/actors_web_gold_other_h.json"])
    assert not held_out(["bench/actors_web_gold_other_i.json"])
