"""Who says what in styles of news the earlier probes did not cover (session 35): a science press release, an
obituary, an Indian state assembly report and an Irish political story, each on an article written for these
tests: a demonym-led body the tagger read whole as a misc. name ("The British Antarctic Survey ... said"), a
knight's "Sir" after a description, "Leader of the Opposition", and the Tánaiste written with its accent."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of


def test_a_demonym_led_survey_speaks_as_itself_not_as_its_country() -> None:
    report = report_of("Lake found beneath ice\n\n"
                       "Scientists have found a lake under two kilometres of ice, the University of Carrowmore said. "
                       "The British Antarctic Survey, which was not involved, said the discovery was exciting but urged "
                       "caution.\n")
    assert holders(report, "discovery was exciting") == ["British Antarctic Survey"]
    assert "United Kingdom" not in [a.name for a in actors_of(report)]


def test_a_knighthood_after_a_description_is_no_part_of_the_role() -> None:
    report = report_of("Surgeon dies at 91\n\n"
                       "Marguerite Dallow, a pioneering heart surgeon, has died at the age of 91. "
                       "Former colleague Sir Peter Lang said she had changed the profession. "
                       "Health Secretary Sir Alan Pike said her work had saved thousands of lives.\n")
    assert actor_named(report, "Peter Lang").role == ""
    assert actor_named(report, "Alan Pike").role == "Health Secretary"


def test_leader_of_the_opposition_is_read_whole() -> None:
    report = report_of("Walkout over water crisis\n\n"
                       "Bhopal: Opposition members on Monday staged a walkout in the Assembly. "
                       "Leader of the Opposition Umang Singhar said the government was ignoring the suffering of "
                       "lakhs of people.\n")
    assert actor_named(report, "Umang Singhar").role == "Leader of the Opposition"


def test_the_tanaiste_with_its_accent_is_a_title() -> None:
    report = report_of("Coalition working well, says Harris\n\n"
                       "Tánaiste Simon Harris said on Friday that the coalition was working well. "
                       "Harris said there would be no election this year.\n")
    assert actor_named(report, "Simon Harris").role == "Tánaiste"


def test_a_firm_whose_name_ends_in_its_trade_is_the_company_that_speaks_in_an_earnings_report() -> None:
    report = report_of("Halvard Foods profit falls\n\n"
                       "Halvard Foods on Thursday reported a 14% drop in first-half profit and cut its dividend. "
                       "Chief executive Ingrid Solberg said the firm would close two plants. "
                       "The company said it expected costs to ease in the second half.\n")
    assert holders(report, "costs to ease") == ["Halvard Foods"]


def test_a_rail_operator_answers_a_union_as_the_company() -> None:
    report = report_of("Pay talks stall\n\n"
                       "The Transport Workers Union said on Monday that talks with Bellway Rail had broken down. "
                       "Bellway Rail runs trains across the north. The company said it had made a fair offer. "
                       "The union said the offer was an insult.\n")
    assert holders(report, "a fair offer") == ["Bellway Rail"]
    assert holders(report, "was an insult") == ["Transport Workers Union"]


def test_the_things_a_builder_is_named_for_are_not_the_builder() -> None:
    report = report_of("Plans for 300 homes approved\n\n"
                       "Councillors have approved plans for 300 homes by Corbett Homes near Little Ashby. "
                       "Cllr Priya Nair, chair of the planning committee, said the district needed the homes. "
                       "Corbett Homes said it would start work next spring.\n")
    assert "the homes" not in actor_named(report, "Corbett Homes").aliases


def test_a_plural_trade_word_opening_a_sentence_is_no_person() -> None:
    report = report_of("Darkest times review\n\n"
                       "Paintbucket Games made this game about life in 1933. "
                       "Games usually seek to loosen your grip on history, by saying little more than that war is fun. "
                       "Paintbucket Games refuses to flinch from the realities of the era.\n")
    assert "Games" not in [a.name for a in actors_of(report)]
    assert holders(report, "loosen your grip") == []


def test_initials_written_as_a_word_in_brackets_are_the_union() -> None:
    report = report_of("Teachers threaten strike\n\n"
                       "The Kenya National Union of Teachers (Knut) has threatened to call a nationwide strike. "
                       "Knut secretary-general Collins Oyuu said teachers had waited too long. "
                       "Knut said it would meet on Friday.\n")
    union = actor_named(report, "Kenya National Union of Teachers")
    assert "Knut" in union.aliases
    assert [a.name for a in actors_of(report)].count("Knut") == 0


def test_a_cricket_skippers_title_is_his_role() -> None:
    report = report_of("India win series\n\n"
                       "India beat South Africa by 78 runs in Ranchi on Sunday. "
                       "South Africa skipper Temba Bavuma admitted his bowlers had been too short.\n")
    assert actor_named(report, "Temba Bavuma").role == "South Africa skipper"


def test_a_given_name_and_a_street_word_surname_that_speaks_is_a_person() -> None:
    report = report_of("Veltro unveils foldable phone\n\n"
                       "Veltro on Tuesday unveiled its first foldable phone, which will go on sale in March. "
                       "\"We wanted a phone that feels like a tablet when you need one,\" Veltro's head of product, "
                       "Mina Park, said at the launch in San Francisco.\n")
    assert holders(report, "feels like a tablet") == ["Mina Park"]
    assert actor_named(report, "Mina Park").kind == "person"


def test_a_body_named_after_its_members_plural_possessive_keeps_its_head() -> None:
    report = report_of("Governors back refund\n\n"
                       "The Nigeria Governors' Forum met in Abuja on Monday. "
                       "The Nigeria Governors' Forum said the states would use the refunds to pay salaries.\n")
    assert holders(report, "pay salaries") == ["Nigeria Governors' Forum"]
    assert "Nigeria Governors" not in [a.name for a in actors_of(report)]
