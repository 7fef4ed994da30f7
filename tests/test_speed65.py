"""Speed rewrites of session 52 (issue 14) that must find exactly what the code they replace found."""

from __future__ import annotations

import gc
import random
import re

from brief import parallel
from brief.actors.mentions import Mention
from brief.actors.paragraph_reach import MOST_BREAKS, near_paragraphs
from brief.pipeline import GC_YOUNG_THRESHOLD


def test_a_worker_collects_as_rarely_as_the_main_process() -> None:
    """A pool's worker ("spawn": a fresh interpreter, CPython's young threshold of 700) raises the collector's
    threshold at its start, as ``pipeline.load`` does in the main process."""
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, *before[1:])
        parallel._warm(False)
        assert gc.get_threshold()[0] == GC_YOUNG_THRESHOLD
    finally:
        gc.set_threshold(*before)


def _mention(start: int, end: int, kind: str = "person", demonym: bool = False) -> Mention:
    return Mention(1, 0, start, end, "Name", "Name", kind, demonym=demonym)


def test_near_paragraphs_keeps_what_counting_each_mentions_breaks_kept() -> None:
    """The mentions kept are those with at most ``MOST_BREAKS`` runs of newlines between their end and the
    pronoun, as ``re.findall`` counted them: ends inside a run, on its edges, past the pronoun."""
    rng = random.Random(65)
    breaks = re.compile(r"\n+")
    for _ in range(3_000):
        text = "".join(rng.choice(("a", "b ", "\n", "\n\n", " ")) for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        before = [_mention(0, end) for end in range(len(text) + 1)]
        kept = [m for m in before if len(breaks.findall(text, m.end, start)) <= MOST_BREAKS]
        assert near_paragraphs(text, before, start) == kept, (text, start)
