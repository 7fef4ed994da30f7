"""A common noun the tagger ran into a name is cut off it (brief.actors.name_tails), and the prime
minister's office by its door number speaks as Downing Street (brief.actors.speakers). Articles written for
these tests."""

from __future__ import annotations

from written import summaries_by


def test_downing_street_speaks_as_its_door_number_and_through_a_source() -> None:
    said = summaries_by(
        "Ministers stand firm on ferry subsidy cut\n\n"
        "The prime minister is facing a backlash from his own MPs over the decision to cut ferry subsidies.\n\n"
        "No 10 said the government had no plans to reverse the policy.\n\n"
        "A Downing Street source said ministers would not be blown off course by the rebels.\n")
    assert "Downing Street source" not in said, said
    assert said.get("Downing Street") == [
        "says the government had no plans to reverse the policy",
        "says ministers would not be blown off course by the rebels"], said
