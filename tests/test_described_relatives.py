"""A described speaker before ", who insists ...": the description is the source, resolved as any description."""

from __future__ import annotations

from written import cues_by

LEAD = "A local carpenter, Tom Brand, was hired to build the stage for the Harvest Festival in Millbrook.\n\n"


def test_a_description_before_who_and_the_cue_speaks() -> None:
    said = cues_by(LEAD + "Most of the talk does not reflect well on the carpenter, who insists he knew nothing "
                          "about the other stage.")
    assert said["Tom Brand"] == [("insists", "he knew nothing about the other stage")]


def test_a_description_before_who_says_speaks() -> None:
    said = cues_by(LEAD + "The gossip has upset the carpenter, who says the stage is his own work.")
    assert said["Tom Brand"] == [("says", "the stage is his own work")]
