"""bench/rejections.py on a small L3S-like checkout: labelled pages brief refuses, counted by kind per half,
named only in the read halves."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import rejections  # noqa: E402


def _page(title: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


STORY = (
    "The river authority in Pellaton said on Monday that the old stone weir would be rebuilt before the spring floods.",
    "Engineers found last month that two of its sluice gates had rusted shut, and the town's lower quarter flooded twice in the winter.",
    "The work will cost about four million crowns, which the regional council agreed to pay from its reserve fund.",
    "Shopkeepers on the quay said they had lost weeks of trade and asked for the repairs to be done at night.",
)


def _checkout(tmp_path: Path, pages: dict[str, tuple[str, int]]) -> Path:
    """An L3S-like checkout: each page's original, and its annotated copy labelling ``words`` words full text."""
    folder = tmp_path / "L3S-GN1-20100130203947-00001"
    (folder / "original").mkdir(parents=True)
    (folder / "annotated").mkdir()
    for uuid, (html, words) in pages.items():
        (folder / "original" / f"{uuid}.html").write_text(html, encoding="utf-8")
        labelled = f"<span class=\"x-nc-sel2\">{' '.join(['word'] * words)}</span>"
        (folder / "annotated" / f"{uuid}.html").write_text(labelled, encoding="utf-8")
    return tmp_path


def test_the_bench_counts_refused_labelled_pages_by_kind_and_names_only_read_ones(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = _page("Pellaton weir to be rebuilt", "<h1>Pellaton weir to be rebuilt</h1>" + "".join(f"<p>{s}</p>" for s in STORY))
    caption = _page("Corvella choir in Vienna", "<h1>Corvella choir in Vienna</h1><p>The choir sang on Sunday.</p>")
    uuids = [f"{n:02x}000000-0000-0000-0000-000000000000" for n in range(104)]
    pages = {uuid: (story, 250) for uuid in uuids}
    pages[uuids[0]] = (caption, 250)  # I
    pages[uuids[1]] = (caption, 250)  # J: held out
    pages[uuids[2]] = (caption, 120)  # too few labelled words: a short page, in M (read)
    pages[uuids[101]] = (caption, 250)  # the 100th sampled: K
    root = _checkout(tmp_path, pages)
    assert [p.half for p in rejections.labelled_pages(root)][:3] == ["I", "J", "I"]
    assert rejections.main(["rejections.py", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == ("rejections: K 1/2 (only N words of text 1) L 0/1 I 1/50 (only N words of text 1) "
                       "J 1/50 (only N words of text 1) M 1/1 (only N words of text 1) N 0/0")
    assert [line.split(":")[0] for line in out[:-1]] == ["I l3s-00000000.html", "K l3s-65000000.html", "M l3s-02000000.html"]
    assert not any("01000000" in line for line in out)  # a held-out page is never named
