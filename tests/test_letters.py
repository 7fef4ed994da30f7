"""Letters to the editor: the signed writer holds the letter's own statements (brief.actors.letters)."""

from __future__ import annotations

from written import holders, report_of

_PAGE = (
    "Letters to the editor\n\n"
    "Council is wasting our money\n\n"
    "The Dunmere council spent far too much on the new bridge. I beg to differ with the mayor, who called it "
    "a bargain. The money would have been better spent on the schools.\n\n"
    "Ilse Marwood\n\n"
    "Walnut Creek\n\n"
    "Buses must run later\n\n"
    "I disagree with the notion that nobody rides the buses after nine in the evening. Night workers need them "
    "to get home safely, and real service is never optional.\n\n"
    "Tomas Brandvold\n\n"
    "Fremont\n"
)


def test_a_letter_s_first_person_statements_are_its_signed_writer_s() -> None:
    report = report_of(_PAGE)
    assert holders(report, "I beg to differ") == ["Ilse Marwood"]
    assert holders(report, "disagree with the notion") == ["Tomas Brandvold"]


def test_a_letter_s_closing_sentence_is_its_writer_s_conclusion() -> None:
    report = report_of(_PAGE)
    assert holders(report, "better spent on the schools") == ["Ilse Marwood"]
    assert holders(report, "real service is never optional") == ["Tomas Brandvold"]


def test_a_heading_of_common_words_is_no_signature() -> None:
    report = report_of(
        "A new taqueria opens in Dunmere\n\n"
        "I admire the cooks who can name every chile by smell. The tacos here are very good.\n\n"
        "Location Details\n\n"
        "Location Details\n\n"
        "Subscribe to our newsletter for more details on the location.\n"
    )
    assert holders(report, "I admire the cooks") == []
