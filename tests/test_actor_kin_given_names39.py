"""A given name set off after another family's possessive ("a spokesman for Marsh's daughter, Jenna") names
that family's kin, not a person of another surname the page names with that given name (Jenna Ward):
brief.actors.namesakes.kin_of_bearer, on an article written for these tests."""

from __future__ import annotations

from written import holders, report_of

_ACTOR = ("Veteran actor dies at 71\n\nMorning host Jenna Ward paid tribute to the actor on her show on Wednesday. "
          "Ward had interviewed him in 2015.\n\nThe actor Colin Marsh died on Tuesday. A spokesman for Marsh's "
          "daughter, Jenna, said the actor suffered a stroke at his home in Denver.\n")


def test_a_kin_given_name_after_another_familys_possessive_is_not_the_namesake() -> None:
    said = holders(report_of(_ACTOR), "suffered a stroke")
    assert said and "Jenna Ward" not in said


def test_a_kin_given_name_after_the_same_familys_possessive_is_still_not_the_parent() -> None:
    text = ("Tribute\n\nThe singer Carl Odom died on Friday. Odom's son, Carl, said his father had been ill for "
            "a year.\n")
    assert "Carl Odom" not in holders(report_of(text), "had been ill")
