"""A first read of hundreds of text files parses them on every core (brief.prefetch): the same report.

The articles are invented here: short reports on made-up towns and councils, each with its own words.
"""

from __future__ import annotations

import random
from pathlib import Path

from brief import pipeline
from brief.prefetch import MIN_PAGES, TEXTS_PER_PAGE, prefetch_pages
from brief.render.json import render_json

_TOWNS = ["Marrowby", "Quillfen", "Ostrava Hollow", "Delmoor", "Brackenhythe", "Saltmere", "Ivelholt", "Cranwick"]
_THINGS = ["bridge", "library", "ferry", "market", "school roof", "tram line", "harbour wall", "reservoir",
           "bus depot", "clinic", "orchard", "footpath"]
_PEOPLE = ["Mayor Ada Penhallow", "Councillor Tobias Wren", "Engineer Mira Stavely", "Judge Olwen Carrick",
           "Director Pim Haldane", "Warden Esme Tolliver"]
_VERBS = ["approved", "delayed", "reopened", "funded", "inspected", "closed"]


def _article(n: int) -> str:
    pick = random.Random(n)
    town, thing, person = pick.choice(_TOWNS), pick.choice(_THINGS), pick.choice(_PEOPLE)
    lines = [f"{town} {pick.choice(_VERBS)} its {thing} plan number {n}", ""]
    for k in range(3):
        other = pick.choice(_THINGS)
        lines.append(f"The {town} council {pick.choice(_VERBS)} the {other} after {3 + k + n % 7} weeks of "
                     f"talks, and {person} said the {thing} would cost {n * 13 + k} thousand pounds.")
    return "\n".join(lines) + "\n"


def test_many_new_text_files_are_parsed_in_a_pool_into_the_same_report(tmp_path: Path) -> None:
    pile = tmp_path / "pile"
    pile.mkdir()
    count = MIN_PAGES * TEXTS_PER_PAGE  # enough of them to be worth a pool
    for n in range(count):
        (pile / f"{n:04d}.txt").write_text(_article(n))
    cache = str(tmp_path / "cache")
    steps: list[tuple[int, int]] = []
    done = prefetch_pages([str(pile)], pipeline.DEFAULT_MAX_BYTES, cache, 2, lambda d, t: steps.append((d, t)))
    assert done.parsed == count and steps[-1] == (count, count)
    alone = pipeline.Options(actors=False, cache=False, workers=1)
    cached = pipeline.Options(actors=False, cache_dir=cache, workers=1)
    expected = render_json(pipeline.build_report(pipeline.load([str(pile)], alone), alone))
    assert render_json(pipeline.build_report(pipeline.load([str(pile)], cached), cached)) == expected
    assert prefetch_pages([str(pile)], pipeline.DEFAULT_MAX_BYTES, cache, 2).parsed == 0  # all kept now


def test_a_few_new_text_files_stay_with_the_loader(tmp_path: Path) -> None:
    pile = tmp_path / "pile"
    pile.mkdir()
    for n in range(TEXTS_PER_PAGE - 1):
        (pile / f"{n:04d}.txt").write_text(_article(n))
    assert prefetch_pages([str(pile)], pipeline.DEFAULT_MAX_BYTES, str(tmp_path / "cache"), 2).parsed == 0
