"""Shapes read by the lead in session 46, on articles written for these tests in the shapes of news agencies'
foreign-affairs copy seen on real pages: a spokesman brought in unnamed with his body ("A Moravan Defence
Ministry spokesman said") is the one "the spokesman" means next, not a spokesman of the other side named before."""

from __future__ import annotations

from written import holders, report_of

BORDER = (
    "Kesland rejects Morava allegations over border drills\n\n"
    "Kesland has rejected claims by the government in Dravin that it is preparing an incursion into Moravan "
    "territory, Kesland's Foreign Ministry spokesman Taras Melnyk announced on Facebook, according to Kesinform.\n\n"
    "“On Saturday evening, our ambassador in Dravin, Ivan Sokil, was summoned to the Moravan Foreign Ministry, "
    "where he was handed a diplomatic note. In the note, the Moravan side claims that Kesland is planning an "
    "attack,”Melnyk wrote, stating that the claim is false.\n\n"
    "“We firmly reject yet another insinuation from the Moravan regime. We do not exclude that the note is part "
    "of a plan to stage a provocation and then blame Kesland,”he added.\n\n"
    "A Moravan Defence Ministry spokesman said on Sunday that troops near the border were on alert. "
    "\"These are routine measures,\" the spokesman said. \"We call on our neighbours to stop spreading false "
    "reports.\"\n\n"
    "The Moravan ministry said that its forces would stay on alert until further notice."
)


def test_a_spokesman_brought_in_unnamed_speaks_for_his_body_not_for_one_named_before() -> None:
    report = report_of(BORDER)
    assert holders(report, "These are routine measures") == ["Moravan Defence Ministry"]
    assert holders(report, "We firmly reject yet another insinuation") == ["Taras Melnyk"]


def test_an_official_brought_in_with_no_body_is_still_no_one() -> None:
    text = (
        "Ministers split over Tarnby port deal\n\n"
        "Transport Minister Alma Ferris said on Monday that the port deal would go ahead. "
        "\"We have the votes,\" the minister said.\n\n"
        "A senior government official, who spoke on condition of anonymity, said the deal was in trouble. "
        "\"The minister is wrong about the votes,\" the official said."
    )
    report = report_of(text)
    assert "Alma Ferris" not in holders(report, "The minister is wrong about the votes")
    assert holders(report, "We have the votes") == ["Alma Ferris"]
