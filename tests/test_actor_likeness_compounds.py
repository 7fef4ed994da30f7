"""A name inside a compound of likeness ("Super-Earth", "Earth-Sized") in a headline does not name its bearer:
the planet written once in the text is no top actor for it; a compound of names ("Israel-Hamas") still names both
(session 43, leads48). On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.likeness_compounds import without_likenesses

_PLANET = (
    "Super-Earth Spotted in Habitable Zone of Nearby Star\n\n"
    "A team of astronomers said on Monday they had found a super-Earth in the habitable zone of a red dwarf 40 "
    "light years away.\n\n"
    "The super-Earth, named LHS-1140 c, is about three times as massive as Earth. Earth-sized planets are hard "
    "to find, the researchers said.\n\n"
    "The European Space Agency said its telescope would study the planet next year. \"Super-Earths are the most "
    "common planets in our galaxy,\" said Lena Hartmann, an astronomer at the University of Bonn.\n"
)


def test_a_likeness_compound_in_the_headline_names_no_top_actor() -> None:
    actors = actors_of(report_of(_PLANET))
    assert actors[0].name != "Earth"


def test_compounds_of_names_and_stances_stay() -> None:
    assert without_likenesses("Israel-Hamas War Enters Second Year") == "Israel-Hamas War Enters Second Year"
    assert without_likenesses("Anti-Trump Protests Spread").startswith("Anti-Trump")
    assert "Earth" not in without_likenesses("Earth-Sized Planet and a Mini-Neptune")
    assert "Neptune" not in without_likenesses("Earth-Sized Planet and a Mini-Neptune")
