"""Title abbreviations the cue model never saw ("Ald.", "Det.", "Msgr.") end no frame (brief/actors/title_stops.py), and a
speech begun is no position (cue_idioms._MAKING); session 42, on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.title_stops import without_title_stops


def test_an_aldermans_quotation_is_his() -> None:
    text = (
        "Council budget\n\n"
        '"We need money for the roads," Ald. Piotr Nowicki said. "Nobody wants to wait another winter."\n\n'
        '"The library hours must stay," Det. Sgt. Rhea Olsen told the meeting.'
    )
    report = report_of(text)
    assert holders(report, "money for the roads") == ["Piotr Nowicki"]


def test_a_monsignors_quotation_is_his() -> None:
    text = "Parish appeal\n\n\"The roof will not last another year,\" Msgr. Aldo Ferrante said on Sunday."
    assert holders(report_of(text), "roof will not last") == ["Aldo Ferrante"]


def test_only_the_stop_is_hidden_and_offsets_stay() -> None:
    text = 'He said so. "Fine," Ald. Kim Reyes said. Sen. Bo Lind agreed. Det. work is slow.'
    hidden = without_title_stops(text)
    assert len(hidden) == len(text)
    assert "Ald  Kim" in hidden and "Sen. Bo" in hidden and "Det. work" in hidden


def test_a_statement_begun_is_no_position() -> None:
    text = (
        "Budget day live\n\n"
        "13:05\nRuth Calder has begun her statement in the Commons. She told MPs the budget would "
        "\"mend the roof while the sun shines\"."
    )
    report = report_of(text)
    assert holders(report, "her statement in the Commons") == []
    assert holders(report, "mend the roof") == ["Ruth Calder"]
