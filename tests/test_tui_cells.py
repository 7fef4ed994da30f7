"""Table cells in the reader are cut between words: at 80x24 the lists read "opposition partie…",
"to be …" and "former Ma…"."""

from __future__ import annotations

import pytest

from brief.tui.spans import clip


@pytest.mark.parametrize(
    ("text", "width", "shown"),
    [
        ("Cambodian leader Hun Sen on Friday rejected opposition parties' demands", 62,
         "Cambodian leader Hun Sen on Friday rejected opposition…"),
        ("The Spanish and British governments appeared Wednesday to be seeking shelter", 62,
         "The Spanish and British governments appeared Wednesday to be…"),
        ("former Malaysian Deputy Prime Minister", 10, "former…"),
        ("Prime Minister", 10, "Prime…"),
        ("Philippine President", 10, "Philippin…"),  # one long word: cut inside it, there is no other place
        ("Elections, polls and votes", 12, "Elections…"),
        ("fits", 4, "fits"),
        ("word", 1, "…"),
    ],
)
def test_a_clipped_cell_ends_between_words(text: str, width: int, shown: str) -> None:
    assert clip(text, width) == shown and len(shown) <= width
