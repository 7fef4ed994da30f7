"""Statements under the body the text means and one body under one name (session 31, speakers14), on
articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.bracketed_initials import initials_fit


def test_initials_in_brackets_after_a_body_are_that_body() -> None:
    # the initials leave out "NHS Trust": spelled from the name they would be "NWRHNT" and match nothing
    report = report_of(
        "Long waits at Wrexford hospital\n\n"
        "Patients at Wrexford General faced waits of 14 hours in A&E last week, figures show.\n\n"
        "North Wrexford Royal Hospitals NHS Trust (NWRH) said demand had been at record levels. An NWRH "
        "spokesperson said: \"We are sorry to every patient who waited too long.\"\n\n"
        "NWRH chief executive Maria Olsen said extra beds had been opened."
    )
    bodies = [a.name for a in actors_of(report) if a.kind == "organization"]
    assert "NWRH" not in bodies
    assert holders(report, "record levels") == ["North Wrexford Royal Hospitals NHS Trust"]


def test_initials_fit_only_the_first_letters_in_order() -> None:
    assert initials_fit("EHWR", "East Hartley and Wrexford Royal NHS Trust")
    assert initials_fit("FAA", "Federal Aviation Administration")
    assert not initials_fit("R", "Jane Smith")  # a party after a name
    assert not initials_fit("HE", "East Hartley")  # out of order


def test_the_company_is_not_the_event_it_holds() -> None:
    # "the company's annual Forge conference": Forge is the event, never what "the company" said
    report = report_of(
        "Kestrel Systems shows new robots\n\n"
        "Kestrel Systems on Tuesday showed its latest warehouse robots at the company's annual Forge conference "
        "in Austin, Texas.\n\n"
        "The company said the robots would ship to customers in the spring. Chief executive Dana Pruitt told "
        "developers the machines were twice as fast as the last ones."
    )
    assert "Forge" not in holders(report, "ship to customers")


def test_a_club_named_in_full_and_by_its_last_word_is_the_club_the_story_follows() -> None:
    # "Harbury United ... United are 12th ... The club said": one club named two ways, not two rival clubs
    report = report_of(
        "Harbury United sack manager\n\n"
        "Harbury United have sacked manager Pavel Novak after a poor start to the season.\n\n"
        "United are 12th in the table after ten games. The club said coach Liam Doherty would take charge "
        "for the next match.\n\n"
        "\"We thank Pavel for his hard work,\" a club statement said."
    )
    assert holders(report, "would take charge") == ["Harbury United"]
    assert holders(report, "hard work") == ["Harbury United"]


def test_the_brokerage_is_the_house_whose_analysts_were_named() -> None:
    # "Analysts at X": the "at" says whose analysts, not where; the company covered is named more often
    report = report_of(
        "Wipron Tech shares slide after outlook cut\n\n"
        "Shares of Wipron Tech fell 5% on Friday after the software exporter cut its growth forecast. "
        "Wipron Tech said clients were delaying projects.\n\n"
        "Analysts at Sharekhan Capital Markets lowered their target price. The brokerage said the weaker outlook "
        "would weigh on margins through the year."
    )
    assert holders(report, "weigh on margins") == ["Sharekhan Capital Markets"]


def test_shares_in_a_company_do_not_make_it_a_place_for_its_trade() -> None:
    # "Shares in X rose after the engine maker said": "in" says whose shares, not where
    report = report_of(
        "Dunmore Engines lifts outlook\n\n"
        "Shares in Dunmore Engines rose 6% on Thursday after the engine maker said annual profit would beat "
        "forecasts.\n\n"
        "\"We are making strong progress,\" chief executive Omar Qureshi said."
    )
    assert holders(report, "annual profit would beat") == ["Dunmore Engines"]


def test_the_role_goes_back_to_the_unnamed_one_written_last() -> None:
    # "through his attorney ... the attorney said": his, not the lawyer named earlier for the other side
    report = report_of(
        "Singer sues former manager\n\n"
        "Singer Mara Quist has sued her former manager, Owen Tully, claiming he kept millions of her earnings.\n\n"
        "Quist's lawyer, Hannah Cole, said Tully had \"betrayed her trust\". Tully denied the claims through his "
        "attorney. \"These allegations are false and will be defended,\" the attorney said."
    )
    assert "Hannah Cole" not in holders(report, "These allegations are false")


def test_the_role_named_in_its_holders_own_apposition_is_still_the_holder() -> None:
    report = report_of(
        "Singer sues former manager\n\n"
        "Singer Mara Quist has sued her former manager, Owen Tully.\n\n"
        "Hannah Cole, Quist's lawyer, said Tully had \"betrayed her trust\". \"He took everything she earned,\" "
        "the lawyer said."
    )
    assert holders(report, "He took everything") == ["Hannah Cole"]


def test_the_council_may_be_a_council_named_for_its_place() -> None:
    # "The City of Wendouree ... The council said": a local council named "City of", as Australian ones are
    report = report_of(
        "Council backs new pool\n\n"
        "The City of Wendouree has approved plans for a $9 million aquatic centre near the lake.\n\n"
        "Mayor Jo Banks said residents had waited long enough. The council said construction would begin in "
        "the autumn and take two years."
    )
    assert holders(report, "construction would begin") == ["City of Wendouree"]
