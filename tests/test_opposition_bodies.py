"""Bodies that are not the state (session 35): a country's opposition speaks for itself, not the country, and a
body named for the place it serves ("the Human Rights Commission of Pakistan") is one body; on articles written for
these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_countrys_opposition_is_not_the_country() -> None:
    text = (
        "Protests called\n\n"
        "Police fired tear gas in Nairobi on Tuesday. Kenya's opposition coalition has called for fresh protests "
        "next week. Kenya's government said the protests were illegal."
    )
    report = report_of(text)
    assert "Kenya" not in holders(report, "fresh protests next week")
    assert holders(report, "protests were illegal") == ["Kenya"]


def test_a_body_named_for_the_place_it_serves_is_one_body() -> None:
    text = (
        "Law criticised\n\n"
        "Parliament passed the bill on Tuesday. The Human Rights Commission of Pakistan has warned that the law "
        "would be abused."
    )
    assert holders(report_of(text), "law would be abused") == ["Human Rights Commission of Pakistan"]
