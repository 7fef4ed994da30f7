"""bench/extraction.py's L3S-GN1 reference (bench/l3s_reference.py), on a labelled page written here."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import extraction  # noqa: E402
import l3s_reference  # noqa: E402
import other_pages  # noqa: E402

_PARAGRAPHS = (
    "The harbour board of Kellmoor voted on Tuesday to close the old ferry pier for two years of repairs.",
    "Board chair Odile Varnsby said the timber piles had rotted further than the engineers expected.",
    "Ferry passengers will board at the fishing quay instead, a walk of ten minutes from the station.",
    "Traders on the quay welcomed the crowds but asked the council for more benches and a shelter.",
    "The repairs are expected to cost four million crowns, most of it from the regional transport fund.",
    "A public meeting on the timetable will be held in the old customs house next Thursday evening.",
)


def _labelled(label: int, text: str) -> str:
    return f'<span class="x-nc-sel{label}">{text}</span>'


def _write_page(folder: Path, uuid: str, paragraphs: int = 6) -> None:
    """A saved story page and its labelled copy: headline, byline, body, caption, related links, footer."""
    body = _PARAGRAPHS[:paragraphs]
    original = (
        "<html><head><title>Kellmoor closes its ferry pier</title></head><body>"
        "<h1>Kellmoor closes its ferry pier</h1><p>By Tamsin Quill</p><article>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "<figure><figcaption>The pier at low tide last winter</figcaption></figure></article>"
        "<ul><li><a href='/a'>Lighthouse keepers remember the storm</a></li></ul>"
        "<footer>Copyright Kellmoor Gazette</footer></body></html>"
    )
    annotated = (
        "<html><body><h1>"
        + _labelled(1, "Kellmoor closes its ferry pier")
        + "</h1><p>"
        + _labelled(3, "By Tamsin Quill")
        + "</p>"
        + "".join(f"<p>{_labelled(2, p)}</p>" for p in body)
        # the annotator's nesting: a labelled link holding a labelled span
        + _labelled(3, f"<a href='#'>{_labelled(3, 'The pier at low tide last winter')}</a>")
        + "<ul><li>"
        + _labelled(4, "<a href='/a'>Lighthouse keepers remember the storm</a>")
        + "</li></ul><footer>"
        + _labelled(0, "Copyright Kellmoor Gazette")
        + "</footer><script>var x = 'not a word of the page';</script></body></html>"
    )
    (folder / "original" / f"{uuid}.html").write_text(original, encoding="utf-8")
    (folder / "annotated" / f"{uuid}.html").write_text(annotated, encoding="utf-8")


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    folder = tmp_path / "L3S-GN1-20100130203947-00001"
    (folder / "original").mkdir(parents=True)
    (folder / "annotated").mkdir()
    return folder


def test_each_label_reads_its_own_blocks_and_a_nested_span_its_innermost_label(checkout: Path) -> None:
    _write_page(checkout, "0aaaaaaa-1111")
    texts = l3s_reference.labelled_text((checkout / "annotated" / "0aaaaaaa-1111.html").read_text())
    assert "Odile Varnsby" in texts[2] and "Tamsin" not in texts[2] and "Lighthouse" not in texts[2]
    assert "low tide" in texts[3] and "Tamsin Quill" in texts[3]
    assert texts[4].strip() == "Lighthouse keepers remember the storm"
    assert "not a word" not in " ".join(texts.values())


def test_words_beyond_the_body_that_a_caption_holds_count_neither_right_nor_wrong() -> None:
    want = Counter({"pier": 1, "closed": 1})
    got = Counter({"pier": 2, "closed": 1, "tide": 1, "subscribe": 1})
    # the caption forgives the second 'pier' and 'tide'; 'subscribe' is furniture
    assert extraction.score(got, want, Counter({"pier": 1, "tide": 1})) == (2, 3, 2)
    assert extraction.score(got, want) == (2, 5, 2)
    # a caption's word brief did not keep beyond the body costs nothing either way
    assert extraction.score(Counter({"pier": 1}), want, Counter({"pier": 3})) == (1, 1, 2)


def test_the_pages_alternate_between_halves_first_ij_then_kl_and_short_ones_mn(checkout: Path, monkeypatch) -> None:
    monkeypatch.setattr(l3s_reference, "L3S_MIN_WORDS", 60)
    monkeypatch.setattr(l3s_reference, "L3S_SAMPLE", 2)
    for i, uuid in enumerate(("0a", "0b", "0c", "0d", "0e", "0f", "10", "11")):
        short = uuid in ("0c", "10", "11")  # bodies under the floor: M and N alternate among them alone
        _write_page(checkout, f"{uuid}aaaaaa-{i}", paragraphs=3 if short else 6)
    got = {name: half for name, half in l3s_reference.halves(checkout.parent).values()}
    assert got == {
        "l3s-0aaaaaaa.html": "I",
        "l3s-0baaaaaa.html": "J",
        "l3s-0caaaaaa.html": "M",
        "l3s-0daaaaaa.html": "K",
        "l3s-0eaaaaaa.html": "L",
        "l3s-0faaaaaa.html": "K",
        "l3s-10aaaaaa.html": "N",
        "l3s-11aaaaaa.html": "M",
    }
    assert other_pages.L3S_MIN_WORDS == 200  # the bench's floor is the pages' own


def test_the_bench_prints_read_pages_and_only_totals_of_held_out_halves(checkout: Path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(l3s_reference, "L3S_MIN_WORDS", 60)
    monkeypatch.setattr(l3s_reference, "L3S_SAMPLE", 2)
    for i, uuid in enumerate(("0a", "0b", "0d", "0e")):
        _write_page(checkout, f"{uuid}aaaaaa-{i}")
    assert extraction.main(["--l3s", str(checkout.parent), "--set", "I", "--set", "J", "--set", "K", "--set", "L"]) == 0
    lines = capsys.readouterr().out.splitlines()
    pages = [line for line in lines if line.startswith(("I l3s", "K l3s", "J l3s", "L l3s"))]
    assert [line.split(":")[0] for line in pages] == ["I l3s-0aaaaaaa.html", "K l3s-0daaaaaa.html"]
    assert any(line.startswith("L: P ") and "on 1 pages" in line for line in lines)
    # the byline and caption are forgiven, the related link and the footer are not kept by brief's reading
    assert "P 1.00 R 1.00" in pages[0]
    assert lines[-1] == "extraction: P 1.00 R 1.00 F1 1.00 on 4 pages"
