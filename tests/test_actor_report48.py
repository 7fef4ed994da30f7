"""Report-style news (studies, central banks, NGOs, agencies) written for these tests (helper report48):
shapes of attribution that real pages about reports and data use."""

from __future__ import annotations

from written import holders, report_of, summaries_by


def test_an_outlet_quoting_someone_saying_without_as_reports_their_words() -> None:
    report = report_of(
        "Port deal stalls\n\n"
        "The Daily Meridian quoted union leader Abel Crane saying that dock workers would strike next week.\n\n"
        "The port authority declined to comment."
    )
    assert holders(report, "dock workers would strike next week") == ["Abel Crane"]


def test_a_fronted_quotation_an_outlet_quoted_someone_saying_is_theirs() -> None:
    report = report_of(
        "Port deal stalls\n\n"
        '"We are not in a hurry," the Harbour Gazette quoted transport minister Olga Fenn saying on Friday.\n\n'
        "Fenn later told reporters the talks would resume in May."
    )
    assert holders(report, "We are not in a hurry") == ["Olga Fenn"]


def test_a_fronted_quotation_quoted_as_saying_at_a_briefing_is_theirs() -> None:
    report = report_of(
        "Fund cuts its forecast\n\n"
        "The fund lowered its global growth forecast for next year to 2.8 per cent.\n\n"
        '"This is a fragile moment," The Morning Courier quoted chief economist Lena Hartmann as saying '
        "at a press briefing here.\n\n"
        "The fund will publish country forecasts next week."
    )
    assert holders(report, "This is a fragile moment") == ["Lena Hartmann"]


def test_a_name_then_a_bare_role_then_the_body_is_the_speaker() -> None:
    report = report_of(
        "Bank aims for single-digit inflation\n\n"
        "Samuel Ndiaye, governor, Bank of Kendara (BoK) said on Thursday that the apex bank's goal is to bring "
        "inflation down to a single digit over the medium to long term.\n\n"
        "Analysts had expected the bank to hold rates."
    )
    assert holders(report, "bring inflation down to a single digit") == ["Samuel Ndiaye"]


def test_a_participle_after_a_noun_is_no_statement_of_the_speaker() -> None:
    summaries = summaries_by(
        "Cholera cases rise to 80, WHO says\n\n"
        "Cholera cases in northern Sandoria have risen to 80, the World Health Organization (WHO) said on Monday.\n\n"
        "WHO emergencies director Paul Ekwueme said another seven cases were detected over the weekend, making a "
        "total of 72 confirmed and eight probable infections in an outbreak declared last month in Sandoria's "
        "Tessa province.\n\n"
        "The ministry will start vaccinating camp residents on Friday."
    )
    assert not any(s.startswith("declares") for s in summaries["Paul Ekwueme"])
    assert any("seven cases were detected" in s for s in summaries["Paul Ekwueme"])
