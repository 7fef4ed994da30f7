"""A person set off right after a title the tagger typed a body ("The Baale of Ikota, Chief Samuel Adeyemi, said")
is the speaker, not the title's "body": brief.actors.apposed_holders.person_apposed_to_body, read by
brief.actors.positions and brief.actors.apposed_subject, on an article written for these tests."""

from __future__ import annotations

from written import holders, report_of

_WATERFRONT = ("Waterfront homes pulled down\n\n"
               "Officials pulled down dozens of homes on the Ikota waterfront on Monday, leaving hundreds of families "
               "without shelter.\n\n"
               "The Baale of Ikota, Chief Samuel Adeyemi, said no one had been offered new homes. The state "
               "government said the homes had been built under power lines.\n")


def test_the_person_apposed_to_a_body_typed_title_speaks() -> None:
    found = holders(report_of(_WATERFRONT), "offered new homes")
    assert "Samuel Adeyemi" in found
    assert "Baale of Ikota" not in found


_ADVISER = ("Waterfront homes pulled down\n\n"
            "Officials pulled down dozens of homes on the Ikota waterfront on Monday.\n\n"
            "Reacting, the Special Adviser to the Governor on Media, Gboyega Akosile, said the state was \"committed "
            "to the welfare of all residents.\"\n")


def test_the_person_apposed_to_a_long_body_typed_title_speaks() -> None:
    assert "Gboyega Akosile" in holders(report_of(_ADVISER), "committed")
