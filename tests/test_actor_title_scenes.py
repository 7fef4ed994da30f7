"""A bare title ("the Chancellor said") goes back to the speaker just named with no role, unless the story
moved on: its sentence opens on a new scene ("In London,") or another office spoke in between
(brief.actors.title_scenes). On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_title_in_a_new_scene_is_not_the_last_speaker() -> None:
    report = report_of("Leaders split over border plan\n\nLeo Varadkar told reporters in Dublin on Monday that the "
                       "border deal must hold.\nIn London, the Chancellor said the Treasury would set aside funds to "
                       "cushion businesses.\nIn Rome, the Pope urged leaders to remember the people living along the "
                       "frontier.")
    assert "Leo Varadkar" not in holders(report, "set aside funds")
    assert "Leo Varadkar" not in holders(report, "living along the frontier")
    assert holders(report, "border deal must hold") == ["Leo Varadkar"]


def test_a_title_after_another_office_spoke_is_not_the_last_speaker() -> None:
    report = report_of("Leaders split over border plan\n\nLeo Varadkar told reporters on Monday that the border deal "
                       "must hold. The Chancellor said the Treasury would set aside funds. The bishop urged leaders to "
                       "remember the people living along the frontier.")
    assert "Leo Varadkar" not in holders(report, "living along the frontier")


def test_a_title_right_after_its_speaker_still_goes_back_to_them() -> None:
    report = report_of("Talks on trade resume\n\nMaria Costa said on Monday that the tariffs would be lifted soon.\n"
                       "\"We expect a deal this week,\" the minister said.")
    assert holders(report, "expect a deal this week") == ["Maria Costa"]
