"""A word of a craft's name written alone is the craft's short form, no person (session 37), on articles written
for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def test_a_telescope_named_for_a_person_and_called_by_that_name_is_no_person() -> None:
    text = (
        "Telescope finds ice on distant moon\n\n"
        "The Nancy Orme Space Telescope has found ice on a moon 90 light years away, the space agency said. "
        "Orme observed the moon for nine hours in March. Orme's camera picked up the signal twice. "
        "Orme will look at the moon again in June."
    )
    names = {a.name: a.kind for a in actors_of(report_of(text))}
    assert "Orme" not in names


def test_a_person_who_speaks_keeps_the_name_a_telescope_shares() -> None:
    text = (
        "Telescope finds ice on distant moon\n\n"
        "The Nancy Orme Space Telescope has found ice on a moon 90 light years away. "
        "Orme, the mission's lead scientist, said the signal was clear."
    )
    names = {a.name: a.kind for a in actors_of(report_of(text))}
    assert names.get("Orme") == "person"
