"""Shapes of the political press of the US, UK, Ireland, Canada, Australia and New Zealand (session 46,
helper pol47), on articles written for these tests."""

from __future__ import annotations

from written import actor_named, report_of, said_lines, summaries_by

_TARIFF = (
    "Both Ohio senators oppose bid to block tariff order\n\n"
    "Ohio's two senators voted against a resolution on Thursday that would have overturned the president's "
    "emergency tariff order, though both had voiced doubts about it.\n\n"
    "Ohio Sen. Brent Kowalczyk told reporters in the days before the vote that while he disagreed with the "
    "tariffs, the president was within his legal rights to impose them.\n\n"
    "Sen. Lydia Farrow, who kept quiet until the vote, explained her position in a statement of nearly 800 words."
)


def test_told_with_a_long_addressee_left_out_says() -> None:
    """"told reporters in the days before the vote that ...": the addressee is too long for the line, and
    "tells while he disagreed" reads as broken English. A short addressee stays ("tells reporters ...")."""
    lines = said_lines(actor_named(report_of(_TARIFF), "Brent Kowalczyk"))
    assert "says while he disagreed" in lines or "says he disagreed" in lines
    assert "tells while" not in lines
    text = (
        "Senators split on river compact\n\n"
        "The Senate voted down a compact on Thursday that would have shared water from the Red Fork River.\n\n"
        "Sen. Marla Whitcombe, R-Okla., told reporters before the vote that the compact would leave farmers "
        "without a guaranteed share in dry years."
    )
    assert "tells reporters" in said_lines(actor_named(report_of(text), "Marla Whitcombe"))  # short: kept


_SHOW = (
    "Campaign manager concedes candidate is behind\n\n"
    "The campaign of Republican candidate Lewis Granger acknowledged on Sunday that he was trailing in several "
    "battleground states.\n\n"
    "\"We are behind. She has advantages,\" Dana Whitfield told NBC's \"Meet the Press,\" adding that her rival "
    "\"has a popular governor and two former presidents campaigning for her.\""
)


def test_quotation_before_told_and_a_programme_title_is_what_was_told() -> None:
    lines = said_lines(actor_named(report_of(_SHOW), "Dana Whitfield"))
    assert "We are behind. She has advantages" in lines
    assert "Meet the Press" not in lines


def test_joint_letter_of_senators_with_party_tags_goes_to_the_first_named() -> None:
    text = (
        "Senators urge visa rethink\n\n"
        "The State Department cut student visas by a third on Monday.\n\n"
        "Sens. Chris Adeyemi, D-Delaware, and Jim Rourke, R-Oklahoma, sent a letter to the department on "
        "Tuesday urging it to reverse the cut."
    )
    said = summaries_by(text)
    assert any("reverse the cut" in s for s in said.get("Chris Adeyemi", []))
    assert not any("reverse the cut" in s for s in said.get("Jim Rourke", []))


def test_a_body_under_scrutiny_says_nothing() -> None:
    text = (
        "Labor backs child safety bill\n\n"
        "Labor will support the government's child safety bill, its leader told caucus on Tuesday.\n\n"
        "With Labor under scrutiny for waving bills through after seeking changes, MPs spoke at length in "
        "Tuesday's caucus meeting about the bill."
    )
    said = summaries_by(text)
    assert not any("waving bills through" in s for lines in said.values() for s in lines)


def test_an_irish_party_is_a_body_and_not_the_he_who_told_a_programme() -> None:
    text = (
        "Fianna Fáil will insist on respect from coalition partners, minister says\n\n"
        "Coalition depends on trust, he told RTÉ radio's Morning Focus show\n\n"
        "Minister for Finance Eamonn Tierney has said that Fianna Fáil will insist on being treated with respect "
        "by its coalition partners.\n\n"
        "Coalition depended on trust and respect, he told RTÉ radio's Morning Focus show.\n\n"
        "Mr Tierney said that Fianna Fáil was not defending the way the appointment was made."
    )
    report = report_of(text)
    assert actor_named(report, "Fianna Fáil").kind == "organization"
    assert "trust and respect" in said_lines(actor_named(report, "Eamonn Tierney"))


def test_ruled_out_supporting_after_a_long_subject_is_no_support() -> None:
    text = (
        "Greens will not back National\n\n"
        "Green Party co-leader Mere Tawhiri has ruled out supporting a National-led government after the election, "
        "as the party launched its campaign in Wellington on Sunday."
    )
    lines = said_lines(actor_named(report_of(text), "Mere Tawhiri"))
    assert "rules out supporting a National-led government" in lines
    assert "– supports" not in lines and not lines.startswith("supports")


def test_the_place_and_party_member_is_the_lawmaker_just_named() -> None:
    text = (
        "Lawmakers question Pentagon timing\n\n"
        "Sen. Carl Pruett questioned the Pentagon's timing on Tuesday.\n\n"
        "\"Given the circumstances of the award, I believe the department owes us a fuller explanation,\" the Ohio "
        "Republican said.\n\n"
        "Rep. Lena Ortiz also spoke.\n\n"
        "\"This is a scandal in slow motion,\" the Texas Democrat said."
    )
    said = summaries_by(text)
    assert any("fuller explanation" in s for s in said.get("Carl Pruett", []))
    assert any("scandal in slow motion" in s for s in said.get("Lena Ortiz", []))


def test_staff_for_a_candidate_do_not_give_the_candidate_their_role() -> None:
    text = (
        "Harmon camp dismisses poll\n\n"
        "Campaign officials for Senator Rachel Harmon have dismissed a poll suggesting her rival may have taken the "
        "lead.\n\n"
        "The campaign manager for Republican candidate Lewis Granger acknowledged on Sunday that he was trailing in "
        "several states."
    )
    report = report_of(text)
    assert actor_named(report, "Rachel Harmon").role == "Senator"
    assert actor_named(report, "Lewis Granger").role == "Republican candidate"


def test_they_after_a_pair_of_senators_is_the_pair_not_the_body_criticised() -> None:
    text = (
        "Senators fault State Department over visas\n\n"
        "The top members of the Senate Foreign Relations Committee criticised the State Department on Wednesday.\n\n"
        "\"We are deeply frustrated that a consultation was arranged only a day in advance,\" Sens. Warren Haskell "
        "(R-Iowa) and Teresa Olmos (D-N.M.) said in a joint statement.\n\n"
        "They added that it was \"simply unacceptable\" to learn of the decision from news reports."
    )
    said = summaries_by(text)
    assert any("simply unacceptable" in s for s in said.get("Warren Haskell", []))
    assert not any("simply unacceptable" in s for s in said.get("State Department", []))
