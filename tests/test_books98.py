"""Session 61 (books98): statements half K's blind actor gold missed, on articles written for these tests: a
speaker's apposition closed by a quoted work's title before the cue ('Ada Quill, author of "The Long Road,"
alleges that ...'); a church described as the subject of the clause a participle of saying goes with
("The church has responded with a statement, calling the book ...")."""

from __future__ import annotations

from written import holders, report_of

_BIOGRAPHY = (
    "Biographer Peter Orton defends his book on singer Lena Marsh\n\n"
    "DUNMORE - Peter Orton, author of \"Lena Marsh: The Untold Story,\" alleges that the 45-year-old singer ranks "
    "second in command in the Harbour Church.\n\n"
    "The book, which came out this week, also alleges that the singer paid for the church's new hall.\n\n"
    "Orton said on Tuesday that he had interviewed more than two hundred people for the book. \"I stand by every "
    "word,\" he said.\n"
)


def test_a_quoted_title_closing_the_apposition_leaves_the_name_the_speaker() -> None:
    report = report_of(_BIOGRAPHY)
    assert holders(report, "ranks second in command") == ["Peter Orton"]
    assert not holders(report, "The Untold Story")


_FILM = (
    "Church rank claim denied\n\n"
    "Martin Hale, writer of \"The Quiet Years,\" said the singer had given the church most of her savings.\n\n"
    "The church denied the claim on Monday. The book went on sale in shops across the country this week.\n"
)


def test_a_name_before_a_short_apposition_and_title_speaks() -> None:
    assert holders(report_of(_FILM), "most of her savings") == ["Martin Hale"]


_STATEMENT = (
    "Church answers singer's biographer\n\n"
    "The Harbour Church of Dunmore has members in many countries and runs schools across the region.\n\n"
    "The church has responded with a ten-page statement, calling the book \"a spiteful attack full of invented "
    "stories\" and saying Marsh \"is a valued member of the church.\"\n\n"
    "The book went on sale in shops across the country this week, and its publisher said the first printing had "
    "sold out.\n"
)


def test_a_church_described_as_the_clauses_subject_holds_both_participles() -> None:
    report = report_of(_STATEMENT)
    assert holders(report, "a spiteful attack") == ["Harbour Church of Dunmore"]
    assert holders(report, "a valued member") == ["Harbour Church of Dunmore"]
