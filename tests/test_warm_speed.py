"""What a warm run was cut to does exactly what it did: the near-copy index, the line filler, the
entry decoder's remembered classes, and the collector's threshold (issue 14)."""

from __future__ import annotations

import gc
import os
import random
import subprocess
import sys
import textwrap
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from brief import cache_codec, pipeline
from brief.ingest import dedupe
from brief.model import Article, BriefingItem, SentenceRef
from brief.render.wrap import fill

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

PASSAGES = [
    "The council approved the harbour budget on Tuesday after a debate that ran past midnight.",
    "Repairs to the harbour wall will begin in the spring and are expected to take two years.",
    "Critics said the plan ignored the cost of dredging the channel, which they put at millions.",
    "The mayor said the city could not wait another winter before fixing the storm damage.",
    "Grain exporters welcomed the decision and said shipping had fallen by a third since March.",
    "A spokesman for the port authority declined to say when the cranes would be delivered.",
    "Residents near the waterfront complained about noise from the night shifts at the docks.",
    "The budget also pays for a new ferry terminal, a project first proposed a decade ago.",
]


def _reference_duplicates(texts: list[str]) -> dict[int, int]:
    """find_duplicates as it was first written: every shingle of every text looked up one by one."""
    sets = [dedupe.shingles(t) for t in texts]
    index: dict[int, list[int]] = defaultdict(list)
    duplicate_of: dict[int, int] = {}
    for i, own in enumerate(sets):
        if not own:
            continue
        shared: dict[int, int] = defaultdict(int)
        for h in own:
            for j in index[h]:
                shared[j] += 1
        for j, count in sorted(shared.items()):
            if j in duplicate_of:
                continue
            if count >= dedupe.THRESHOLD * min(len(own), len(sets[j])):
                duplicate_of[i] = j
                break
        if i not in duplicate_of:
            for h in own:
                index[h].append(i)
    return duplicate_of


def _piles(seed: int) -> Iterator[list[str]]:
    """Texts sharing passages in every proportion: copies, near-copies, partial overlaps, empties."""
    rng = random.Random(seed)
    for _ in range(40):
        texts = []
        for _ in range(rng.randint(1, 25)):
            picked = rng.sample(PASSAGES, rng.randint(0, len(PASSAGES)))
            texts.append(" ".join(picked) if rng.random() > 0.1 else rng.choice(["", "too short"]))
        yield texts


def test_near_copies_found_through_the_intersection_are_those_of_the_shingle_by_shingle_index() -> None:
    found = 0
    for texts in _piles(14):
        expected = _reference_duplicates(texts)
        assert dedupe.find_duplicates(texts) == expected
        found += len(expected)
    assert found > 50  # the piles did hold near-copies to find


@pytest.mark.parametrize("width", [1, 5, 12, 40, 79, 80, 100])
def test_lines_are_those_textwrap_fills(width: int) -> None:
    rng = random.Random(width)
    words = ["a", "harbour", "“quoted”", "budget—", "x" * 30, "y" * 90, "[12]", "a\u00a0b", "tab\there", "\x00glued\x00"]
    for _ in range(500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        text = rng.choice(["", "  ", "\n"]) + text + rng.choice(["", " \n"])
        first, rest = rng.choice([("", ""), ("  • ", "    "), ("[10] ", "     "), ("x" * 15, "  ")])
        expected = textwrap.fill(" ".join(text.split()), width=width, initial_indent=first,
                                 subsequent_indent=rest, break_long_words=False, break_on_hyphens=False)
        assert fill(text, width, first, rest) == expected


def test_a_remembered_class_still_checks_every_entrys_shape() -> None:
    item = BriefingItem("The council met.", (SentenceRef(7, 0),), 0.5)
    shapes: dict[str, list[str]] = {}
    stored = cache_codec.encode((item,), {7: 0}, shapes)
    assert cache_codec.decode(stored, (3,), shapes) == (BriefingItem("The council met.", (SentenceRef(3, 0),), 0.5),)
    assert cache_codec.decode(stored, (3,), shapes) == cache_codec.decode(stored, (3,), dict(shapes))
    name = next(n for n in shapes if n.endswith(":BriefingItem"))
    fields: list[object] = list(shapes[name])
    for bad in (fields[:-1], [*fields, "extra"], [*fields[:-1], 5]):
        with pytest.raises(cache_codec.Corrupt):
            cache_codec.decode(stored, (3,), {**shapes, name: bad})  # type: ignore[dict-item]
    with pytest.raises(cache_codec.Corrupt):
        cache_codec.decode(stored, (3,), {**shapes, "brief.model:Article": ["id"]})
    assert isinstance(cache_codec.decode(cache_codec.encode(Article(1, "T", "a.txt", "x"), {}, shapes), (), shapes), Article)


def test_a_load_raises_the_collectors_young_threshold_and_never_lowers_it() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        pipeline.load([str(SEEDS)], pipeline.Options(cache=False))
        assert gc.get_threshold() == (pipeline.GC_YOUNG_THRESHOLD, 10, 10)
        gc.set_threshold(pipeline.GC_YOUNG_THRESHOLD * 2, 10, 10)
        pipeline.load([str(SEEDS)], pipeline.Options(cache=False))
        assert gc.get_threshold() == (pipeline.GC_YOUNG_THRESHOLD * 2, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_a_warm_run_on_text_files_imports_no_reader_of_pages_or_text(tmp_path: Path) -> None:
    """The page and text readers (brief.ingest.html, .text, .furniture, .pagekind and theirs) compile
    ~100 regular expressions at import; a run whose articles all come from the cache needs none."""
    code = (
        "import sys, contextlib, io\nfrom brief.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): rc = main(['--print', 'seeds/'])\n"
        "assert rc == 0\n"
        "print(sorted(m for m in ('brief.ingest.html', 'brief.ingest.text', 'brief.ingest.furniture',\n"
        "    'brief.ingest.pagekind', 'brief.ingest.markup') if m in sys.modules))"
    )
    env = {**os.environ, "BRIEF_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    cold = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert "brief.ingest.text" in cold.stdout, cold.stdout + cold.stderr  # read: the readers were needed
    warm = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert warm.stdout.strip() == "[]", warm.stdout + warm.stderr


def test_reading_text_files_imports_no_page_reader(tmp_path: Path) -> None:
    """A pile of text files is read without the page reader (brief.ingest.html and its
    extraction: ~0.04 s of imports): only a page needs it."""
    code = (
        "import sys, contextlib, io\nfrom brief.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): rc = main(['--print', '--no-cache', 'seeds/'])\n"
        "assert rc == 0\n"
        "print(sorted(m for m in ('brief.ingest.html', 'brief.ingest.extraction', 'brief.ingest.text') if m in sys.modules))"
    )
    env = {**os.environ, "BRIEF_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert run.stdout.strip() == "['brief.ingest.text']", run.stdout + run.stderr
