"""Speed rewrites (issue 14) that must find exactly what the regular expressions they replace found."""

from __future__ import annotations

import random
import re

from brief.actors.attribution import Attribution
from brief.actors.unsaid_cues import _WORD, _last_word_at, not_yet_said


def test_last_word_at_is_the_pattern_it_replaces() -> None:
    """``_last_word_at`` finds what ``re.search(re.escape(word) + r"\\W*$", segment)`` found, on random
    segments of letters, apostrophes, hyphens, digits, underscores, spaces and punctuation."""
    rng = random.Random(47)
    alphabet = list("aAbs'’-_ .,\n\"é1")
    for _ in range(20_000):
        segment = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for word in [*_WORD.findall(segment), "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))]:
            found = re.search(re.escape(word) + r"\W*$", segment)
            assert _last_word_at(segment, word) == (found.start() if found else None), (segment, word)


def test_not_yet_said_reads_the_cue_end() -> None:
    text = "Officials have yet to tell the families what happened. The mayor said it was over."
    start = text.index("tell")
    assert not_yet_said(text, Attribution(cue=(start, start + 4), source=(0, 9), content=(start + 5, start + 40), quote=False, sentence=0))
    start = text.index("said")
    assert not not_yet_said(text, Attribution(cue=(start, start + 4), source=(start - 10, start - 1), content=(start + 5, len(text)), quote=False, sentence=1))
