"""Table cells in the reader are cut between words: at 80x24 the lists read "opposition partie…",
"to be …" and "former Ma…"."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from brief.tui.spans import clip
from tests.tui_support import app_for, ready, run, two_stories


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
        ("電子マネー対応ガシャポン", 11, "電子マネー…"),  # two cells a character: 5 of them and "…"
        ("東京 station reopens", 13, "東京 station…"),
    ],
)
def test_a_clipped_cell_ends_between_words(text: str, width: int, shown: str) -> None:
    assert clip(text, width) == shown and cell_len(shown) <= width


@run
async def test_the_headers_status_is_cut_between_words_and_refit_on_resize() -> None:
    import dataclasses

    from brief.tui.app import HEADER_CHROME

    report = two_stories()
    title = "Investigators Arrest The Territory's Premier On Drug Related Charges At Miami Airport"
    report = dataclasses.replace(report, stories=(dataclasses.replace(report.stories[0], title=title), *report.stories[1:]))
    app = app_for(report)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await ready(pilot)
        room = 80 - HEADER_CHROME - len("brief — ")
        assert app.sub_title == "Story 1 of 2: Investigators Arrest The Territory's…" and len(app.sub_title) <= room
        await pilot.resize_terminal(160, 24)
        await ready(pilot)
        assert app.sub_title.startswith(f"Story 1 of 2: {title} · 2 articles")
