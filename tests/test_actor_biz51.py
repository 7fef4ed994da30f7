"""Business-desk shapes (session 49, helper biz51), on articles written for these tests: results measured
against forecasts, and brokers' names written with an ampersand."""

from __future__ import annotations

from written import holders, report_of, said_by


def test_a_result_higher_than_analysts_had_expected_is_no_stance_of_the_analysts() -> None:
    text = (
        "Corvel Foods profit beats forecasts\n\n"
        "Corvel Foods said on Tuesday that quarterly profit rose 12 percent. "
        "Revenue of $2.1 billion was also higher than analysts had expected. "
        "Chief executive Mirta Sorensen said demand for ready meals was strong."
    )
    said = said_by(text)
    assert "analysts" not in said
    assert not any("higher than" in t for texts in said.values() for t in texts)
    assert "Mirta Sorensen" in said


def test_a_loss_deeper_than_analysts_had_expected_makes_no_group() -> None:
    text = (
        "Brantley Devices shares slide after wider loss\n\n"
        "Brantley Devices Inc. shares dropped nearly 11 percent on Wednesday, a day after the maker of implantable "
        "hearing sensors reported a wider quarterly loss and sales that missed Wall Street forecasts. "
        "A loss of 38 cents per share was also deeper than analysts had expected. "
        "Halvorsen Securities analyst Petra Lindqvist said in a research note that investors should sell the shares."
    )
    said = said_by(text)
    assert not any("analysts" in name for name in said)
    assert "Petra Lindqvist" in said


def test_an_analyst_at_a_firm_with_an_ampersand_keeps_her_paraphrase() -> None:
    text = (
        "Grayridge shares fall after tense call\n\n"
        "Grayridge Mining shares fell 8 percent on Wednesday after its chief executive clashed with analysts. "
        "Demand for iron ore is slowing, Mirela Kranz, an economist at Hollis & Co., said on Tuesday. "
        "The company declined to comment."
    )
    assert holders(report_of(text), "slowing") == ["Mirela Kranz"]


def test_an_analyst_at_a_firm_with_an_ampersand_after_a_fronted_phrase_keeps_her_quote() -> None:
    text = (
        "Grayridge shares fall after tense call\n\n"
        "Grayridge Mining shares fell 8 percent on Wednesday. "
        'Before the call, "we had heard talk among investors about another change at the top of Grayridge," '
        "Linnea Hartmann, an analyst at Corwin & Pell, said in a note to clients. "
        "The company declined to comment."
    )
    assert holders(report_of(text), "another change at the top") == ["Linnea Hartmann"]
