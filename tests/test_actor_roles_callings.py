"""Roles written before a name as a calling or set off as an office with its portfolio, and the body a later
"the company" refers back to past a body named in a relative clause or an event's name (session 37), on
articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of


def _roles(text: str) -> dict[str, str]:
    return {a.name: a.role for a in actors_of(report_of(text))}


def test_a_calling_or_a_member_word_before_a_name_is_the_role() -> None:
    text = (
        "Flood defences questioned\n\n"
        "Forecaster Lena Brookfield said more rain would fall on Thursday. "
        "Poet Marcus Ellery praised the volunteers on the river bank. "
        "Labour backbencher Owen Threlkeld criticised the delay in funding. "
        "Council member Priya Sandhu said the town had been warned. "
        "Nurse Tilly Osgood said the ward had flooded twice."
    )
    roles = _roles(text)
    assert roles["Lena Brookfield"] == "Forecaster"
    assert roles["Marcus Ellery"] == "Poet"
    assert roles["Owen Threlkeld"] == "Labour backbencher"
    assert roles["Priya Sandhu"] == "Council member"
    assert roles["Tilly Osgood"] == "Nurse"


def test_an_office_and_its_portfolio_set_off_before_a_name_is_the_role() -> None:
    text = (
        "Probe returns samples\n\n"
        "JAXA's director of exploration, Hiro Tanabe, said the capsule had landed safely in the desert. "
        "The samples will be studied for two years."
    )
    assert _roles(text)["Hiro Tanabe"] == "JAXA's director of exploration"


def test_a_long_owner_before_an_office_set_off_before_a_name_is_no_part_of_its_length() -> None:
    text = (
        "Ransomware gang named\n\n"
        "The Federal Cyber Defence Office's deputy head of investigations, Ruth Abara, said the gang was known. "
        "Three hospitals were hit this year."
    )
    assert _roles(text)["Ruth Abara"] == "Federal Cyber Defence Office's deputy head of investigations"


def test_a_company_spokesperson_speaks_for_the_company_not_the_bodies_it_owns() -> None:
    text = (
        "Stadium operator lifts forecast\n\n"
        "Northgate Leisure, which owns Brightwater Cinemas and the Halberd Theatre, said on Wednesday that bookings rose 9 percent. "
        "A company spokesperson declined to say which acts had signed for the winter season."
    )
    report = report_of(text)
    assert holders(report, "which acts had signed") == ["Northgate Leisure"]


def test_the_company_after_an_awards_night_is_the_firm_not_the_awards() -> None:
    text = (
        "Label plans comeback albums\n\n"
        "Bluefinch Music threw a party after the Northern Country Awards on Saturday. "
        "The company says it will release four new albums in the spring."
    )
    report = report_of(text)
    assert holders(report, "four new albums") == ["Bluefinch Music"]


def test_an_astronomer_at_a_university_after_a_doctor_is_the_role() -> None:
    text = (
        "Probe finds ice\n\n"
        '"We did not expect so much ice," said Dr Anya Pell, an astronomer at the University of Dunmore. '
        "The probe will fly past again in May."
    )
    assert _roles(text)["Anya Pell"] == "astronomer at the University of Dunmore"


def test_the_festival_said_is_still_the_festival_named_before() -> None:
    text = (
        "Folk festival moves date\n\n"
        "The Harrowgate Folk Festival will move to August next year. "
        "The festival said the change would avoid clashing with school exams."
    )
    report = report_of(text)
    assert holders(report, "avoid clashing") == ["Harrowgate Folk Festival"]
