"""'The Italian driver, who ..., says': the driver the report was just about, never the byline's writer."""

from __future__ import annotations

from written import cues_by

HEAD = "Falcon unveils new car\n\nBy Jane Fox and Tom Hill\n\n"


def test_a_nationality_driver_is_the_person_just_named() -> None:
    said = cues_by(HEAD + "Carla Moretti says she is thrilled with the new Falcon racing car unveiled in Turin on "
                          "Monday.\n\nThe Italian driver, who will start her fourth season with the team, says the new "
                          "car is the fastest she has ever driven.")
    assert ("says", "the new car is the fastest she has ever driven") in said["Carla Moretti"]


def test_an_epithet_never_means_the_writer_in_the_byline() -> None:
    said = cues_by(HEAD + "The Spaniard says the new car is the fastest she has ever driven. Carla Moretti was "
                          "at the launch in Turin.")
    assert "Jane Fox" not in said and "Tom Hill" not in said
