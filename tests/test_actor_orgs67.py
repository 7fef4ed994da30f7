"""Who is an organisation, on articles written for these tests: a town named with its Canadian province's
abbreviation ("Brackwater, N.B.") read as a body; an apostrophe a publishing system wrote as an opening single
mark ("Dorn‘s attorney") read as a quotation's opening; a surname after initials glued to it ("T.Madhavan ...
Madhavan said") read as a body; a person named like a place and a team's plural ("Georgia Williams") read as a
team."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of

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


_TOUR = (
    "Top seeds advance at Kelsey Classic\n\n"
    "KELSEY (AP) - Top-ranked Tamsin Marsh beat Anna Kowal 6-3, 6-4 on Monday in the first round.\n\n"
    "Georgia Williams was to play Poland's Ola Brzeska on Centre Court in the first night match.\n\n"
    "It was her first match back on the court since she won the title last year.\n\n"
    "\"It is great to play here again,\" Williams said. \"I kept thinking about the final.\""
)


def test_a_person_named_like_a_place_and_a_plural_is_no_team() -> None:
    assert kinds_of(_TOUR).get("Georgia Williams") == "person"
