"""The world's larger cities, beyond the gazetteer's ~120 ("Glasgow", "Cardiff", "Gdansk").

Why: a name the tagger typed a place that the text gives no sign of one ("flying home to Glasgow") was
retyped a body, as a shop or an app is ("deals at Rakuten"). A city of this list keeps its place unless it
acts or the text shows a person by it (placehood). The list is generated, not hand-fitted
(tools/build_world_cities.py): no given name, no common word, no organisation's word is in it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

WORLD_CITIES_PATH = Path(__file__).resolve().parent / "data" / "world_cities.txt"


@cache
def world_cities() -> frozenset[str]:
    """The shipped list's names."""
    lines = WORLD_CITIES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def known_city(name: str) -> bool:
    """Whether ``name`` is one of the list's cities."""
    return name in world_cities()
