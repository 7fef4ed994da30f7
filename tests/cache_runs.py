"""Runs of the whole pipeline against a cache folder, and edits of its entries, for the cache tests."""

from __future__ import annotations

import json
from pathlib import Path

from brief import cache as article_cache
from brief import pipeline
from brief.render.json import render_json


def cached_report(paths: list[Path], tmp: Path, *, cache: bool = True, **options: object) -> str:
    """The JSON report of the files at ``paths``, with the cache in ``tmp`` (on unless ``cache`` is false)."""
    loaded = pipeline.load([str(p) for p in paths])
    opts = pipeline.Options(cache=cache, cache_dir=str(tmp), workers=1, **options)  # type: ignore[arg-type]
    return render_json(pipeline.build_report(loaded, opts))


def rewrite_entry(entry: Path, change: object) -> None:
    """A cache entry edited in place by ``change`` (a function of its decoded JSON): a tampered entry."""
    data = json.loads(entry.read_text())
    change(data)  # type: ignore[operator]
    entry.write_text(json.dumps(data))


def story_entries(tmp: Path) -> list[Path]:
    """The per-story entries a run left in the cache folder ``tmp``."""
    return sorted((tmp / "articles").glob("*" + article_cache.STORY_SUFFIX))
