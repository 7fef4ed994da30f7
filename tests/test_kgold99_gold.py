"""Half K's second blind actor gold (bench/actors_web_gold_other_k2.json, session 62) is there, holds 30 pages
none of which is in K's first gold (a page scored twice would weigh double), and is a read half's."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from actors_web import held_out  # noqa: E402


def _pages(name: str) -> set[str]:
    return set(json.loads((ROOT / "bench" / name).read_text(encoding="utf-8"))["pages"])


def test_half_ks_second_gold_is_30_new_read_pages() -> None:
    second = _pages("actors_web_gold_other_k2.json")
    assert len(second) == 30
    assert not second & _pages("actors_web_gold_other_k.json")
    assert not held_out(["bench/actors_web_gold_other_k2.json"])
