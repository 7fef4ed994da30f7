"""Speed rewrites of session 53 (issue 14) that must find exactly what the code they replace found."""

from __future__ import annotations

import random
import re

from brief.actors import sports_sides

_PIECES = ("Sharks", "Shark", "the ", " ", "-", "'", "’", "s", "a", "\n", "é", "_", "7", ",", "Sharks Sharks")


def test_sports_sides_writings_are_the_old_finditer_matches() -> None:
    """A name's writings found with str.find and one-character tests are the spans of the pattern compiled for
    the name before: at the text's edges, after and before word characters, hyphens and apostrophes, and where
    the name overlaps itself ("Sharks Sharks" in "Sharks Sharks Sharks")."""
    rng = random.Random(67)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        name = rng.choice(("Sharks", "Sharks Sharks", "a", "s-a", "Sharks'"))
        old = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w'’-])", text)]
        assert list(sports_sides._writings(text, name)) == old, (text, name)
