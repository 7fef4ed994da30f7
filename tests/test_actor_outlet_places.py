"""A place after "of" that qualifies an outlet the tagger left untyped ("a report in the Argus Leader of Sioux
Falls") is not who spoke; a title or a body's noun before "of" keeps the place (session 38), on articles written
for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_the_town_an_outlet_is_of_does_not_speak() -> None:
    report = report_of(
        "County opens new clinic\n\n"
        "According to a report in the Valley Leader of Sioux Falls, the county opened a second clinic on Monday to "
        "shorten waiting lists."
    )
    assert holders(report, "second clinic") == []


def test_a_minister_of_a_country_still_speaks_for_it() -> None:
    report = report_of(
        "Talks resume\n\n"
        "According to a statement by the Foreign Minister of Japan, the talks will resume next week."
    )
    assert holders(report, "talks will resume") == ["Japan"]
