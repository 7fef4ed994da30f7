"""Places that only say where a source's speakers are, or whose seat a member holds, and the government a
sentence means (brief.actors.located_speakers); a page's section links read as a signature (brief.actors.letters).
On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_coalitions_officials_in_a_state_are_not_the_state() -> None:
    report = report_of(
        "The Kelvar health minister resigned on Monday after a newspaper printed photographs of him at a casino.\n\n"
        "Ruling coalition officials in Marova insisted on Tuesday they want the minister to defend his seat in the "
        "next general election."
    )
    assert "Marova" not in holders(report, "defend his seat")


def test_officials_in_a_place_still_speak_for_it() -> None:
    report = report_of(
        "Heavy rain flooded the lower town of Kessington on Monday.\n\n"
        "Officials in Kessington said that the river would crest on Wednesday."
    )
    assert holders(report, "river would crest") == ["Kessington"]


def test_a_member_for_a_seat_is_not_the_city() -> None:
    report = report_of(
        "Plymouth MP warns rioters they will face 'full force of the law'\n\n"
        "Windows were smashed and two police cars set alight in Plymouth city centre on Saturday night, police said."
    )
    assert "Plymouth" not in holders(report, "full force of the law")


def test_a_countrys_bodies_are_not_the_country() -> None:
    report = report_of(
        "Accounting rules\n\n"
        "UK INSTITUTES have thrown their weight behind a new visa scheme for overseas researchers.\n\n"
        "The scheme opens in April."
    )
    assert "United Kingdom" not in holders(report, "their weight behind a new visa scheme")


def test_the_government_is_the_country_its_sentence_names() -> None:
    report = report_of(
        "The Trump administration said on Monday it would skip the climate talks in Belém.\n\n"
        "Delegates from 190 countries are expected in the city next week.\n\n"
        "As host of the summit, Brazil's task is to broker the talks: the government says it will lead by example "
        "on forests."
    )
    assert holders(report, "lead by example") == ["Brazil"]


def test_section_links_after_a_game_story_are_no_writer() -> None:
    report = report_of(
        "Harbour City beat Westvale 101-94 on Monday night.\n\n"
        "Marcus Dell scored 31 points for Harbour City, who won their fourth straight game at home.\n\n"
        "Notes: Dell's run was his longest this season... Westvale fell to 7-12 at home.\n\n"
        "More Sports\n\n"
        "MLB Headlines\n"
    )
    assert "More Sports" not in holders(report, "Westvale fell to 7-12 at home")


def test_a_countrys_office_is_its_holder_named_later() -> None:
    report = report_of(
        "COLOMBO (AFP) — Sri Lanka's defence secretary said the government should formally pull out of a truce with "
        "the rebels, a state-run daily reported.\n\n"
        "A 2002 truce began to unravel last year. Fighting has killed 600 people since then, according to government "
        "figures.\n\n"
        "\"The truce exists only on paper,\" Defence Secretary Marek Volten, who is the president's younger brother, "
        "told the Daily News."
    )
    assert holders(report, "formally pull out") == ["Marek Volten"]


def test_two_callings_of_a_player_are_not_his_country() -> None:
    report = report_of(
        "Former club fitness chief Dale Prentice is poised to join the Wales staff in May, but Tom Ashbury could beat "
        "him to it.\n\n"
        "The former England captain and Lions great confirmed last night, \"I have had a talk with Warren about "
        "coaching.\""
    )
    assert "England" not in holders(report, "had a talk with Warren")


def test_which_after_a_body_in_a_place_is_the_body() -> None:
    report = report_of(
        "Hamas named a new leader on Tuesday.\n\n"
        "Rami Saleh is the head of the Palestinian Dialogue Group in Turkey, which says on its site that it aims to "
        "\"protect the historical rights of the Palestinian people.\""
    )
    assert holders(report, "protect the historical") == ["Palestinian Dialogue Group"]
