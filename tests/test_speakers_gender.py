"""Speakers of pronouns and quotations an analyst can trust (issue 11), on articles written for these
tests: "she" is never a man the text shows to be one, "the campaign" is only a campaign the article
names, a quotation set in doubled apostrophes is a quotation."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_she_is_never_a_man_the_text_shows_to_be_one() -> None:
    report = report_of(
        "Hanna Orlov, the widow of a border guard, has spent ten years asking what happened to her husband. "
        "Officials say he was killed by a unit loyal to Teodor Vance, and Mr. Vance and his aides have always "
        "denied it.\n\n"
        "Vance was seen in the hills in May. She said the ministry had never answered a single letter."
    )
    assert holders(report, "never answered a single letter") == ["Hanna Orlov"]


def test_he_is_never_a_woman_the_text_shows_to_be_one() -> None:
    report = report_of(
        "Tom Harlow shook his head as he resigned as port director on Monday. Harlow had run the port since 2015. "
        "Ms. Orlov, the harbour's new director, took over on Tuesday.\n\n"
        "He said the port's books had been in order when he left."
    )
    assert holders(report, "books had been in order") == ["Tom Harlow"]


def test_a_common_given_name_tells_the_gender_when_the_text_does_not() -> None:
    report = report_of(
        "Senator Maria Quell visited the border on Wednesday. Quell toured the camps for an hour.\n\n"
        "Quell sat beside a photograph of the militant leader Ahmed Dorani, killed in a raid in 2011.\n\n"
        "She said the raid had made the border region safer."
    )
    assert holders(report, "made the border region safer") == ["Maria Quell"]


def test_the_campaign_is_only_a_campaign_the_article_names() -> None:
    report = report_of(
        "Hanna Orlov rallied supporters in Dunmere on Monday, and Teodor Vance spoke in Kessel. The Dunmere Chamber "
        "of Commerce paid for both rallies. The campaign said the advertisement would run in six towns.\n\n",
        "The Orlov campaign released an advertisement on Monday. The Kessel Herald printed it on its front page. "
        "The campaign said the advertisement had been seen by a million voters.\n\n"
        "Vance's campaign said the advertisement was false from start to finish. Orlov told a rally in Dunmere "
        "that she would not take it down.",
    )
    assert holders(report, "would run in six towns") in ([], ["campaign"])  # none is named
    assert holders(report, "seen by a million voters") == ["Orlov campaign"]
    assert holders(report, "false from start to finish") in ([], ["Vance campaign"])  # not Vance, nor Orlov's


def test_doubled_apostrophes_are_quotation_marks() -> None:
    report = report_of(
        "Finance Minister Teodor Vance unveiled a tax plan for Dunland on Monday. Economists were divided.\n\n"
        "''There's no evidence whatsoever that this would change how companies invest,'' Mr. Harlow said. "
        "''The real issue is the deficit.''\n\n"
        "''I have admiration for the mechanics,'' Mr. Vance said. ''But the plan will not balance the budget.''"
    )
    summaries = [p.summary for a in actors_of(report) for p in a.positions]
    assert not any("Harlow said" in s or "Vance said" in s for s in summaries), summaries
    assert any("The real issue is the deficit" in s for s in summaries), summaries


def test_a_quotation_closed_by_two_single_marks_is_closed() -> None:
    """ “...,’’ Name, apposition, told X: a page closed the quotation with two curly single marks."""
    report = report_of(
        "Finance Minister Teodor Vance unveiled a tax plan for Dunland on Monday. Economists were divided.\n\n"
        "“It was an attempt to mislead taxpayers,’’ Ilse Harlow, chief executive of the Dunland Fiscal Watch, "
        "told the Kessel Herald."
    )
    holders = [a.name for a in actors_of(report) for p in a.positions if "mislead taxpayers" in p.text]
    assert holders == ["Ilse Harlow"], holders


def test_a_quotation_before_its_source_and_cue_is_what_was_said() -> None:
    report = report_of(
        "Finance Minister Teodor Vance unveiled a tax plan for Dunland on Monday. Economists were divided.\n\n"
        "“The budget will be balanced within three years,” Vance said in a televised speech marking his first "
        "year in office.\n\n"
        "“When we pay for a plan, should we not ask what it buys?” he said. “It buys nothing.” Vance said he "
        "had asked the treasury to publish its figures."
    )
    summaries = [p.summary for a in actors_of(report) for p in a.positions]
    assert any("balanced within three years" in s for s in summaries), summaries
    assert not any("televised speech" in s for s in summaries), summaries
    assert any("asked the treasury to publish" in s for s in summaries), summaries  # said after a question


def test_a_question_asked_in_an_as_clause_ends_where_the_main_clause_begins() -> None:
    report = report_of(
        "The council heard in June that the new bus line would not run on time. But as council member Hanna "
        "Orlov asked how the buses would cross 46 road intersections on the route, Tom Harlow, assistant "
        "director of county transport, explained that the buses would not stop for cars. Orlov was not "
        "convinced.\n\n"
        "As Harlow reported, the line opens in May."
    )
    summaries = [p.summary for a in actors_of(report) for p in a.positions]
    asked = next(s for s in summaries if "46 road intersections" in s)
    assert "Harlow" not in asked and "explained" not in asked, summaries
    assert holders(report, "would not stop for cars") == ["Tom Harlow"]


def test_he_in_the_sentence_of_the_last_speaker_goes_on_with_the_speaker() -> None:
    report = report_of(
        "The inquiry into the port contracts opened on Monday in Dunmere.\n\n"
        "Tom Harlow reiterated that he saw the inquiries into the ferry firm and into Ivo Marten as separate, "
        "but that in retrospect, he understood how the council could be confused.\n\n"
        "Marten has denied any wrongdoing."
    )
    assert holders(report, "how the council could be confused") == ["Tom Harlow"]
