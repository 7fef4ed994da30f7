"""Kinds of planet-named people, on articles written for these tests: a person whose given name is a planet's ("Venus
Hartley") is a person, while a probe named for a planet ("Europa Clipper") is not; a one-word firm that speaks of
itself as "its" stays a body."""

from __future__ import annotations

from written import kinds_of

_TENNIS = (
    "Rain delays the night session at the open\n\n"
    "Play on the outside courts was suspended for three hours on Tuesday as rain swept across the park, leaving "
    "organisers to squeeze a dozen matches into the evening.\n\n"
    "\"We will get through the schedule, but it will be a late night for everyone,\" tournament director Paul "
    "Ambrose said.\n\n"
    "Venus Hartley was to play China's Yan Lu on the main court in the first night match.\n\n"
    "\"It is a shame for the fans,\" Venus Hartley said.\n\n"
)


def test_a_person_with_a_planets_name_is_a_person() -> None:
    assert kinds_of(_TENNIS)["Venus Hartley"] == "person"


_PROBE = (
    "Probe launch slips a week\n\n"
    "The launch of Europa Clipper has slipped a week after engineers found a faulty valve, the agency said on "
    "Monday.\n\n"
    "Europa Clipper will study the moon's ice shell over several years."
)


def test_a_probe_named_for_a_moon_is_no_person() -> None:
    assert kinds_of(_PROBE).get("Europa Clipper", "absent") != "person"


_FIRM = (
    "Zentrix closes plants\n\n"
    "Zentrix said its two plants in the north would close next year, cutting 400 jobs.\n\n"
    "Zentrix will move the work abroad, the company said."
)


def test_a_one_word_firm_speaking_of_its_own_stays_no_person() -> None:
    assert kinds_of(_FIRM).get("Zentrix", "absent") != "person"

