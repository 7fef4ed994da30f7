"""Described sources tied to the holder the description means (session 54, holders69): an unnamed role inside
someone's quotation brings in no one ("I am not only a chief minister ..."), and a description naming a body means
that body's title holder ("The RSP leader said" is the RSP's, not the CPM's leader named before)."""

from __future__ import annotations

from written import holders, report_of

_ZONES = (
    "Minister signals zones may go\n\n"
    "PANAJI: Chief Minister Anil Sawant gave clear signs on Sunday that the planned economic zones may finally go.\n\n"
    "A delegation led by party president Ramesh Naik met the chief minister on Sunday.\n\n"
    "Asked about the zones, Sawant said “I am not only a chief minister but a citizen of this state. I will never go "
    "against its people.”\n\n"
    "The chief minister said he had received the party's resolution demanding that the zones be scrapped.\n"
)

_PARTY = (
    "Party to go its own way\n\n"
    "KOLLAM: RSP national secretary K. Varughese said that if CPM leader Mohan Dev's statement on reforms was CPM's "
    "policy, RSP would have to take its own stance.\n\n"
    "Opening the session of the RSP state conference in Kollam, he said that he could not understand how a CPM leader "
    "could make such a statement.\n\n"
    "The finance minister has of late started sanctioning funds for certain departments.\n\n"
    "As a result, road repair works had started. The RSP leader said the front's leadership had not been taking any "
    "effort to correct the ministers.\n"
)


def test_a_role_inside_a_quotation_brings_in_no_one_else() -> None:
    assert holders(report_of(_ZONES), "received the party's resolution") == ["Anil Sawant"]


def test_a_description_naming_a_body_is_that_bodys_leader() -> None:
    assert holders(report_of(_PARTY), "not been taking any effort") == ["K. Varughese"]


def test_a_description_naming_a_body_is_not_another_bodys_leader() -> None:
    text = _PARTY.replace("RSP national secretary K. Varughese said", "Speaking for the RSP, K. Varughese said")
    assert holders(report_of(text), "not been taking any effort") != ["CPM"]


_HOSTAGES = (
    "Tape of captives condemned\n\n"
    "A Foreign Office spokesman said the new tape would add to the distress of the families of the two engineers.\n\n"
    "The men were seized at a depot outside the capital in March by gunmen dressed as police.\n\n"
    "The tape, which the Foreign Office is studying, was broadcast on Al-Jadida television on Tuesday.\n\n"
    "In it, one of the men asks the government to meet the kidnappers' demands.\n\n"
    "Officials had remained in regular contact with the families of the men, the spokesman added.\n"
)


def test_a_bare_spokesman_is_the_voice_the_text_brought_in_with_its_body() -> None:
    assert holders(report_of(_HOSTAGES), "regular contact with the families") == ["Foreign Office"]


_COMPLAINT = (
    "Regulator opens two inquiries into Halvex\n\n"
    "The Commission on Monday opened two inquiries into whether Halvex abused its hold on the office software market.\n\n"
    "The first follows a complaint from the Council for Open Formats (COF), a Brussels-based trade group whose members "
    "include several of Halvex's rivals. COF filed its complaint in 2006.\n\n"
    "The Commission said it will also look at whether Halvex's new document format works with rivals' products.\n\n"
    "\"COF welcomes the Commission's announcement as a necessary step towards ensuring Halvex's compliance with the "
    "rules,\" the group said in a statement.\n"
)


def test_a_statement_opening_with_its_bodys_own_name_is_that_bodys() -> None:
    assert holders(report_of(_COMPLAINT), "necessary step towards") == ["Council for Open Formats"]


_RACING = (
    "Kessler confident of first win\n\n"
    "Lukas Kessler is confident that BMW can give him his first Formula One victory this season.\n\n"
    "\"I am sure I can win races, it all depends on this car here, and we should be able to close the gap to the "
    "cars ahead of us,\" he said at the launch of the team's new car in Valencia.\n\n"
    "The BMW driver also admitted he is looking forward to racing without electronic aids.\n"
)


def test_a_team_driver_is_the_driver_just_named_not_the_team() -> None:
    assert holders(report_of(_RACING), "racing without electronic aids") == ["Lukas Kessler"]

