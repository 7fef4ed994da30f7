"""Business-desk shapes (session 49, helper biz51), on articles written for these tests: results measured
against forecasts, and brokers' names written with an ampersand."""

from __future__ import annotations

from written import actors_of, holders, report_of, said_by


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


def test_an_analyst_named_of_his_firm_before_an_unusual_cue_keeps_his_words() -> None:
    text = (
        "Analysts apologise after missing Kestrel warning\n\n"
        "Stock analysts rarely say sorry. Several who cover Kestrel Semiconductor did so on Friday after the "
        "chipmaker warned that sales would fall short.\n\n"
        'Raymond Achterberg of Fulton Pryce went so far as to begin a note to clients with: "We got this wrong."\n\n'
        "Selma Ruud of Dunholm Securities said the warning was a shock."
    )
    said = said_by(text)
    assert "Fulton Pryce" not in said
    assert any("got this wrong" in t for t in said["Raymond Achterberg"])


def test_a_question_word_opening_a_quoted_clause_is_not_part_of_the_firm_name() -> None:
    text = (
        "Former robotics chief asks court to force Tarnwell into arbitration\n\n"
        "Evander Quist, the robotics engineer at the centre of a long trade secrets fight, has asked a court to "
        "force Tarnwell Motors into arbitration, hoping his former employer will cover a $90 million judgment.\n\n"
        "Tarnwell agreed in 2019 to protect Quist against claims from his earlier employer when it bought his "
        "startup.\n\n"
        '"For most of the last three years, Evander let Tarnwell run his defence because Tarnwell insisted on it. '
        "Then, when Tarnwell disliked the result, it simply changed its mind. What Tarnwell did is wrong,\" Quist's "
        'lawyer Hollis Brandt of Mercer Vane said in an emailed statement.\n\n'
        "A Tarnwell spokeswoman said the company would fight the motion."
    )
    names = [a.name for a in actors_of(report_of(text))]
    assert not any(name.startswith("What") for name in names)
    assert any(name.startswith("Tarnwell") for name in names)


def test_a_price_in_brackets_before_the_companies_said_keeps_its_closing_bracket() -> None:
    text = (
        "Harlow Foods to buy Penrose Dairy\n\n"
        "Harlow Foods agreed to buy Penrose Dairy for 900 million pounds ($1.1 billion), the companies said on "
        "Monday. Harlow chief executive Fenella Moss said the deal would close next year."
    )
    texts = [t for ts in said_by(text).values() for t in ts if "900 million pounds" in t]
    assert texts
    assert all("($1.1 billion)" in t for t in texts)


def test_talks_a_company_has_stopped_are_not_its_stance_to_hold_them() -> None:
    text = (
        "Harwell Media said to halt merger talks with Bellcrest\n\n"
        "Harwell Media has stopped discussing a takeover of Bellcrest Studios, according to people familiar with "
        "the matter.\n\n"
        "Spokespeople for Harwell Media, Bellcrest Studios and Corvane Pictures declined to comment."
    )
    summaries = [p.summary for a in actors_of(report_of(text)) for p in a.positions]
    assert not any(s.startswith("discusses") for s in summaries)
