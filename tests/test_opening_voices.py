"""An unnamed official closing a sentence that opens with a body speaks for that body
(brief/actors/opening_voices.py)."""

from __future__ import annotations

from tests.written import holders, report_of


def test_official_of_the_body_the_words_open_with() -> None:
    report = report_of(
        "Polling\n\n"
        "Meanwhile, the Independent Electoral and Boundaries Commission has directed returning officers to keep "
        "polling stations open until every voter in the queue has cast a ballot, an official said.\n"
    )
    assert holders(report, "keep polling stations open") == ["Independent Electoral and Boundaries Commission"]


def test_spokesperson_of_the_opening_body_not_a_place_inside() -> None:
    report = report_of(
        "Rail service halted\n\n"
        "Kenya Railways has suspended the Madaraka Express service between Nairobi and Mombasa until further "
        "notice, a spokesperson said.\n"
    )
    assert holders(report, "suspended the Madaraka Express") == ["Kenya Railways"]


def test_body_a_deed_was_done_to_is_not_the_voice() -> None:
    report = report_of(
        "Streaming fine\n\n"
        "Harlow Music has been fined €40 million by the competition authority over its pricing rules, an "
        "official said.\n"
    )
    assert "Harlow Music" not in holders(report, "fined €40 million")
