"""Who is an organisation, on articles written for these tests: a person whose given name is a planet's
("Venus Okafor ... Okafor said") read as a probe named for where it goes; a town named with its Canadian
province's abbreviation ("Brackwater, N.B.") read as a body; an apostrophe a publishing system wrote as an
opening single mark ("Dorn‘s attorney") read as a quotation's opening."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of

_TENNIS = (
    "Hartmann sweeps into the third round at Kingsbury\n\n"
    "KINGSBURY (Reuters) - Venus Okafor needed only 58 minutes to beat Dana Lisowski on Tuesday and reach the "
    "third round of the Kingsbury Open.\n\n"
    "Okafor, seeded fourth, broke serve five times and dropped just nine points on her own delivery.\n\n"
    "\"It felt good to be back on this court,\" Okafor said. \"I just tried to stay aggressive from the first "
    "ball.\"\n\n"
    "Later, top seed Mara Hartmann beat a qualifier in straight sets."
)


def test_a_person_given_a_planets_name_is_a_person() -> None:
    kinds = kinds_of(_TENNIS)
    assert kinds.get("Venus Okafor") == "person"
    assert "Okafor" not in kinds or kinds["Okafor"] == "person"


_SURVEY = (
    "Small cities top quality-of-life survey\n\n"
    "Canadians are happiest with life in smaller cities, according to a survey by the Halden Institute released "
    "on Monday.\n\n"
    "Residents of places like Brackwater, N.B., Lorne Falls, Ont., and Pelham, N.S., rated their communities "
    "highest, while those in the largest cities ranked near the bottom.\n\n"
    "\"Smaller places give people time for their neighbours,\" said Ellen Marsh, who led the study.\n\n"
    "The top three were Brackwater, N.B., Pelham, N.S., and Lorne Falls, Ont."
)


def test_a_town_before_a_canadian_provinces_abbreviation_is_a_place() -> None:
    kinds = kinds_of(_SURVEY)
    for town in ("Brackwater", "Lorne Falls", "Pelham"):
        assert kinds.get(town, "place") == "place", town
    assert not [name for name, kind in kinds.items() if kind == "organization" and name != "Halden Institute"]


_SUIT = (
    "Driver sues over crash injuries\n\n"
    "A woman hurt in a crash last spring has sued the driver, Carl Dorn, for $2 million.\n\n"
    "In March, Dorn‘s attorney, Lena Ruiz, asked the court to dismiss the suit, saying the woman had not shown "
    "that Dorn caused the crash.\n\n"
    "The woman says she lost months of work and faces large doctors‘ bills."
)


def test_an_opening_mark_after_a_word_is_an_apostrophe() -> None:
    from brief.ingest.apostrophes import mended_apostrophes  # noqa: PLC0415 (new in this step)

    mended = mended_apostrophes("Dorn‘s attorney said ‘no‘ to the doctors‘ bills")
    assert mended == "Dorn’s attorney said ‘no’ to the doctors’ bills"
    roles = {a.name: a.role for a in actors_of(report_of(_SUIT))}
    assert roles.get("Lena Ruiz") == "Dorn’s attorney"


_PARTY = (
    "Socialism cannot wait, says RSP leader\n\n"
    "KOLLAM: Party state secretary T.Madhavan said on Sunday that the coalition would fail if it set socialism "
    "aside to court industry.\n\n"
    "Madhavan said the party had never agreed to such a stance and would raise it at the front's next meeting. "
    "Madhavan also criticised the ports minister, R.Sreedharan, for his remarks on the fishing harbour.\n\n"
    "District secretary A.K.Varghese presided over the meeting."
)


def test_a_surname_after_initials_glued_to_it_is_a_person() -> None:
    kinds = kinds_of(_PARTY)
    assert kinds.get("T. Madhavan") == "person"
    assert "Madhavan" not in kinds  # one person, named in full
    assert not [name for name, kind in kinds.items() if kind == "organization" and name not in ("RSP",)]
