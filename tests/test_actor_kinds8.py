"""Kinds and names of actors on articles written for these tests: given names that are also words, a
relative clause's "who", an unknown name the tagger read a place that speaks, a technology's initials."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of


def test_a_given_name_that_is_a_word_opening_a_sentence_stays_the_name() -> None:
    text = ("Market traders count losses after the flood\n\n"
            "Stalls along the river were washed away on Sunday night, and the council will meet on Monday. "
            "Will Adebayo, a trader, said he lost stock worth a year of earnings. "
            "Hope Wanjiru, who sells fabric, said the stalls would reopen next week.")
    kinds = kinds_of(text)
    assert kinds.get("Will Adebayo") == "person"
    assert "Adebayo" not in kinds


def test_a_modal_question_opening_is_no_given_name() -> None:
    text = ("Will Harlow run again?\n\n"
            "Senator Joe Harlow has not said whether he will stand next year. "
            "Will Harlow run again? His aides said he would decide by March.")
    assert "Will Harlow" not in kinds_of(text)


def test_a_role_noun_keeps_the_first_word_the_tagger_left_out() -> None:
    text = ("Inflation to ease next year, economists say\n\n"
            "Prices rose 4% in the year to May, the statistics office said on Friday. "
            "Economist Song Seng Wun said inflation would ease as fuel prices fell.")
    kinds = kinds_of(text)
    assert kinds.get("Song Seng Wun") == "person"
    assert "Seng Wun" not in kinds


def test_a_one_word_name_with_a_who_clause_is_a_person() -> None:
    text = ("Hawks edge Lakers in overtime\n\n"
            "The Hawks won 121-118 in overtime on Sunday. "
            "Drake, who sat courtside, said the team had played with heart.")
    assert kinds_of(text).get("Drake") == "person"


def test_an_unknown_place_named_once_that_speaks_is_a_body() -> None:
    text = ("Shopping event returns in July\n\n"
            "Shoppers will get two days of discounts on electronics and home goods next month. "
            "Prime Day will return on July 16, Amazon said in a statement on Tuesday.")
    assert kinds_of(text).get("Amazon") == "organization"


def test_virtual_reality_initials_are_a_term_not_a_body() -> None:
    text = ("New console skips headsets\n\n"
            "One thing the console lacks is VR support, though it plays films in 4K. "
            "Rivals already sell VR headsets, and VR games sold well last year, said analyst Mark Tan.")
    assert "VR" not in kinds_of(text)


def test_a_name_listed_with_a_technology_initials_is_a_feature() -> None:
    text = ("Console review: fast, quiet and pricey\n\n"
            "The console runs games in 4K with Hollow Sonics and HDR support, and it loads them quickly. "
            "Films play with Hollow Sonics too, said reviewer Dana Whitfield. Hollow Sonics sounds rich in games.")
    assert "Hollow Sonics" not in kinds_of(text)


def test_a_trade_before_a_full_name_makes_a_person() -> None:
    text = ("Game review: Starfall Odyssey is a triumph\n\n"
            "Starfall Odyssey is the best role-playing game of the year, and its studio spent six years on it. "
            "The combat update adds new weapons, said lead designer Kara Voss. The studio said a sequel is planned.")
    assert kinds_of(text).get("Kara Voss") == "person"


def test_a_disease_is_no_actor() -> None:
    text = ("New variant spreads in the state\n\n"
            "A new Covid variant is spreading, health officials said on Monday, and Covid cases doubled in a week. "
            "Chief Health Officer Brett Sutton said the Covid wave would peak in May.")
    assert "Covid" not in kinds_of(text)


def test_a_model_feature_after_its_number_is_no_body() -> None:
    text = ("Best budget earbuds of the year\n\n"
            "The Soundcore Liberty 4 NC adds noise cancelling, and we tested each pair for a month. "
            "The Liberty 4 NC lasts ten hours. Anker said the Liberty 4 NC sold out at launch.")
    assert "NC" not in kinds_of(text)


def test_a_name_ending_in_a_plural_of_a_trade_is_no_person() -> None:
    text = ("Protests planned over fuel price\n\n"
            "Fuel queues returned to Abuja on Monday as the price rose again. "
            "Harmattan Reporters said protests were planned in three cities, and Harmattan Reporters said police were ready.")
    assert kinds_of(text).get("Harmattan Reporters") != "person"


def test_a_role_noun_keeps_the_initials_the_tagger_left_out() -> None:
    text = ("Housing levy will hurt the middle class, economists warn\n\n"
            "The levy takes 1.5% of every payslip from next month, the treasury said on Monday. "
            "Economist QM Odhiambo told the Nation that the levy would hurt the middle class.")
    kinds = kinds_of(text)
    assert kinds.get("QM Odhiambo") == "person"


def test_a_town_that_plays_is_its_team() -> None:
    text = ("Houston holds off SMU in overtime\n\n"
            "Houston beat SMU 38-34 in overtime on Saturday night. The Cougars trailed by 10 at halftime before "
            "quarterback Mason Tate threw three touchdown passes. Houston coach Dana Holt said his team never "
            "gave up.\n\nSMU coach Gus Harmon said the Mustangs had missed chances. Houston improved to 5-2, while "
            "SMU fell to 4-3. Tate, who finished with 412 yards, said the offensive line was superb. Houston hosts "
            "Tulsa next week.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Houston") == "organization"


def test_an_unknown_place_that_acts_after_a_day_is_a_body() -> None:
    text = ("Chip maker unveils faster processors\n\n"
            "Demand for data-centre chips has doubled this year, analysts said. "
            "Nvidia on Tuesday unveiled its next processors, which it said would ship in the autumn.")
    assert kinds_of(text).get("Nvidia") == "organization"
