"""A described source ("the city", "the company", "the military", "the Marlowe staffer") goes to the actor the
description can be, by its kind, or to no one (texts written for these tests)."""

from __future__ import annotations

from written import holders, report_of

CITY = (
    "Light show to fill Harbourside canal\n\n"
    "HARBOURSIDE (AP) - After the success of last year's lantern parade, which filled Marlow Gardens with paper "
    "lights, the city is hosting a new show of floating lamps on the Vell Canal.\n\n"
    "Swedish artist Ingrid Holm was asked to build the lamps at three points along the canal near the northern "
    "edge of Kettering, including one at the base of the old Ferris Bridge.\n\n"
    "The show will need rafts forty feet wide, anchored in the middle of the water. The city said nets would keep "
    "birds away from the lamps.\n\n"
    "The city estimates the show will bring more than $20 million to local shops."
)


def test_the_city_is_no_borough_or_park_inside_it() -> None:
    report = report_of(CITY)
    assert holders(report, "nets would keep birds") == [], holders(report, "nets would keep birds")
    assert holders(report, "bring more than $20 million") == []


NAMED_CITY = (
    "Canal lamps approved\n\n"
    "Councillors in the city of Vellmouth approved a new show of floating lamps on Tuesday. The lamps will be "
    "anchored near Marlow Gardens, close to the old Ferris Bridge. The city said nets would keep birds away."
)


def test_the_city_the_text_calls_a_city_speaks() -> None:
    assert holders(report_of(NAMED_CITY), "nets would keep birds") == ["Vellmouth"]


CABLE = (
    "Regulator opens inquiry into Vantel\n\n"
    "(Cable Weekly) _ Washington -- Vantel Corp., the nation's leading provider of home broadband, has been told "
    "that it is under investigation by the Federal Telecoms Board over how it manages its network, two sources "
    "said Monday.\n\n"
    "The FTB said that its principles were not formal \"rules\".\n\n"
    "Vantel has denied blocking traffic. It has acknowledged that during peak times, it will delay file sharing "
    "to ensure that such large transfers by a few users do not degrade service to the majority of Web users.\n\n"
    "The cable company said that its management of broadband traffic is limited to just file-sharing uploads.\n\n"
    "\"Vantel does not, has not, and will not block any Web sites or online applications,\" Vantel vice president "
    "Dan Ocker said in a statement."
)


def test_a_word_written_only_before_a_noun_is_no_company() -> None:
    assert holders(report_of(CABLE), "management of broadband traffic") == ["Vantel"]


MILITARY = (
    "Defence chief urges end to ceasefire\n\n"
    "PORT ALDER (AFP) - Northland's defence chief said the government should end its ceasefire with the Red "
    "Crest rebels, a state newspaper reported.\n\n"
    "\"It is a terrorist group and we are fighting them,\" Defence Chief Mara Olund said, adding that the rebel "
    "Red Crest Front (RCF) should be banned.\n\n"
    "Troops took control of the south of the island from the rebels in June. The military has also claimed "
    "sinking six boats carrying arms for the rebels."
)


def test_the_military_is_no_rebel_group() -> None:
    report = report_of(MILITARY)
    assert holders(report, "sinking six boats") == [], holders(report, "sinking six boats")


ARMY = (
    "Army says border post retaken\n\n"
    "Fighting went on near the border on Sunday. The Northland Army sent two battalions to the hills, and the "
    "Red Crest Front said it had lost three fighters. The army said the border post had been retaken."
)


def test_the_army_named_so_speaks() -> None:
    assert holders(report_of(ARMY), "border post had been retaken") == ["Northland Army"]


STAFFER = (
    "Singer's son taken to hospital\n\n"
    "The young son of pop singer Tessa Marlowe was taken to hospital on Sunday, a member of her staff said.\n\n"
    "\"He started crying and kept crying the whole time she was in the room. She did nothing to calm him,\" "
    "said the Marlowe staffer.\n\n"
    "Marlowe's lawyer declined to comment."
)
SPOKESMAN = STAFFER.replace("the Marlowe staffer", "a Marlowe spokesman")


def test_a_persons_staffer_is_not_the_person() -> None:
    report = report_of(STAFFER)
    assert holders(report, "kept crying the whole time") == [], holders(report, "kept crying the whole time")


def test_a_persons_spokesman_speaks_for_them() -> None:
    assert holders(report_of(SPOKESMAN), "kept crying the whole time") == ["Tessa Marlowe"]
