"""A phrase quoted inside the reporter's own words keeps the page's marks on the line (none added to
close it), and a decimal written without its leading zero ends no sentence: texts written for these tests."""

from __future__ import annotations

from brief.actors.attribution import build_doc
from brief.actors.phrasing import summary_line


def test_a_quoted_phrase_followed_by_the_reporters_words_keeps_the_pages_marks() -> None:
    assert summary_line("said", "“not this year” and walked off", True) == "says ‘not this year’ and walked off"
    assert summary_line("said", "“We're like the others\" and so on", True) == "says ‘We're like the others' and so on"


def test_a_whole_quotation_and_one_resumed_after_its_cue_are_closed_by_the_line() -> None:
    assert summary_line("said", "“The pier is safe,”", True) == "says “The pier is safe”"
    assert summary_line("said", "“First,” he said. “Second.”", True).endswith("Second.”")


def test_a_decimal_without_its_zero_ends_no_sentence() -> None:
    doc = build_doc("The index fell .45 percent on Monday. Traders said it was a quiet day.")
    assert [doc.raw[a] for a, _ in doc.sent_bounds] == ["The", "Traders"]
    assert len(build_doc("It ended the year at 9. 45 people came.").sent_bounds) == 2
