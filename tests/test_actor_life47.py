"""Shapes of the entertainment, health, education and lifestyle press (session 47, helper life47), on articles
written for these tests: each failed before its rule."""

from __future__ import annotations

from brief.text.segment import sentences

from written import holders, report_of


def test_a_place_initialism_before_a_plural_office_continues_the_sentence() -> None:
    # before: "the U.S." ended a sentence and "Centers for Disease Control ... said Thursday" opened the next
    text = (
        "Mumps cases climb to 17, officials say\n\n"
        "Mumps cases tied to a summer camp in Dorrance have climbed to 17, the U.S. Centers for Disease Control "
        "and Prevention said Thursday. Most of the campers had received one dose of vaccine."
    )
    got = sentences(text)
    assert any(s.startswith("Mumps cases tied") and s.endswith("said Thursday.") for s in got)
    held = holders(report_of(text), "climbed to 17")
    assert len(held) == 1 and held[0].endswith("Centers for Disease Control and Prevention")
