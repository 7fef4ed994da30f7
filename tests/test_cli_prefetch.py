"""Saved pages parsed in a pool before loading (brief.prefetch): the same report, on every core.

The pages are tests/data/pages/, written for the tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from brief import pipeline
from brief.cache import open_cache
from brief.prefetch import MIN_PAGES, PAGES_PER_WORKER, pool_size, prefetch_pages, to_parse
from brief.render.json import render_json

PAGES = Path(__file__).parent / "data" / "pages"
TEXTS = Path(__file__).parent / "data_stories"


def _pile(tmp_path: Path) -> Path:
    pile = tmp_path / "pile"
    shutil.copytree(PAGES, pile)
    for text in sorted(TEXTS.glob("*.txt"))[:2]:
        shutil.copy(text, pile / text.name)
    return pile


def _report(pile: Path, **options: object) -> str:
    opts = pipeline.Options(actors=False, **options)  # type: ignore[arg-type]
    return render_json(pipeline.build_report(pipeline.load([str(pile)], opts), opts))


def test_pages_parsed_in_a_pool_give_the_report_one_process_gives(tmp_path: Path) -> None:
    pile = _pile(tmp_path)
    pages = sorted(str(p) for p in pile.glob("*.html"))
    assert len(pages) >= MIN_PAGES
    cache = str(tmp_path / "cache")
    steps: list[tuple[int, int]] = []
    done = prefetch_pages([str(pile)], pipeline.DEFAULT_MAX_BYTES, cache, 2, lambda d, t: steps.append((d, t)))
    assert done.parsed == len(pages)
    assert steps[-1] == (len(pages), len(pages))
    opened = open_cache(True, cache)
    assert opened is not None
    refused = {line.split(":")[0] for line in pipeline.load([str(pile)], pipeline.Options(cache=False)).errors}
    left = to_parse([str(pile)], pipeline.DEFAULT_MAX_BYTES, opened)
    assert refused and {name for name, page in left if page} == refused  # the rest kept
    assert set(done.refused) == refused  # and the loader is told why, not to parse them again
    alone = _report(pile, cache=False, workers=1)
    assert _report(pile, cache_dir=cache, workers=2) == alone
    assert _report(pile, cache_dir=str(tmp_path / "fresh"), workers=2) == alone  # prefetched within load


def test_text_files_and_few_pages_are_read_in_this_process(tmp_path: Path) -> None:
    opened = open_cache(True, str(tmp_path / "cache"))
    assert opened is not None
    left = to_parse([str(TEXTS)], pipeline.DEFAULT_MAX_BYTES, opened)
    assert [name for name, page in left if page] == []  # text parses in milliseconds: no page for the pool
    assert pool_size(MIN_PAGES - 1, None) == 0 and pool_size(100, 1) == 0
    assert pool_size(100, 4) == 4 and pool_size(3 * PAGES_PER_WORKER, 8) == 3
