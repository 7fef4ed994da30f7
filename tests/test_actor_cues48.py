"""Session 47's cues48: shapes of cues and contents left open by the probe articles, each on an article written for
this test. "informed" before a longer told noun phrase ("the entire college community that ...") and "notified"
("notified families that ...") are statements; "notified the firm that owns ..." (a relative) is none."""

from __future__ import annotations

from written import holders, report_of, summaries_by

from brief.actors.phrasing import summary_line
from brief.actors.statements import not_a_statement

INFORMED = (
    "Hillmoor college closes library after roof leak\n\n"
    "Published on November 12, 2026\n\n"
    "In an email sent on Monday evening, President Dorotea Valcke informed the entire college community that the main "
    "library would stay closed for the rest of the week.\n\n"
    "Heavy rain had soaked the reading rooms on the top floor, a spokesman said.\n\n"
    "The district superintendent, Marcus Threlkeld, notified families that buses would run on the usual timetable.\n\n"
    "Head librarian Osei Brandt said most of the rare books had been moved before the water came in.\n\n"
    "\"We lost some carpets and a few shelves, not the collection,\" Brandt said."
)


def test_informed_a_longer_hearer_and_notified_are_statements() -> None:
    report = report_of(INFORMED)
    assert holders(report, "library would stay closed") == ["Dorotea Valcke"]
    assert holders(report, "buses would run on the usual timetable") == ["Marcus Threlkeld"]


def test_the_notified_line_drops_that_as_a_told_line_does() -> None:
    lines = summaries_by(INFORMED)["Marcus Threlkeld"]
    assert lines == ["notifies families buses would run on the usual timetable"]


def test_notified_before_a_relative_that_is_no_statement() -> None:
    text = (
        "Council orders repairs at Quayside market\n\n"
        "Council leader Hanna Osterberg notified the company that owns the market hall about the cracked beams.\n\n"
        "Engineers said the building was safe for now."
    )
    assert not any("owns the market hall" in line for lines in summaries_by(text).values() for line in lines)


def test_a_named_addressee_and_programme_leave_the_told_line() -> None:
    line = summary_line("told", "WKTB's Darnell Pryce on \"City Desk Sunday\" that the campaign was in good shape", False)
    assert line == "says the campaign was in good shape"


def test_a_told_clause_with_lowercase_words_before_its_that_keeps_them() -> None:
    line = summary_line("told", "reporters in the days before the vote that the count was fair", False)
    assert "reporters" in line or line.startswith("says the count")


def test_a_cue_opened_by_earlier_is_a_statement() -> None:
    text = "Ms Dunmore earlier told Radio Kestrel that Mr Pell was talking about \"old news\"."
    assert not not_a_statement(text, "earlier told", text.index("earlier"))
    said = "The mayor earlier said the bridge would reopen in May."
    assert not not_a_statement(said, "earlier said", said.index("earlier"))
