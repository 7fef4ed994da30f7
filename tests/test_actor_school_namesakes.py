"""A school named after a person and then written by its namesake's name alone ("Lincoln High School ...
Lincoln trailed") is the school, not a person; a person whose name holds that word stays one (session 43,
leads48). On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_GAME = (
    "Lincoln edges Roosevelt in overtime\n\n"
    "Lincoln High School beat Roosevelt 58-55 in overtime on Friday night to win the district title.\n\n"
    "Lincoln trailed by 10 at halftime before guard Marcus Hill scored 14 points in the third quarter. "
    "Roosevelt coach Dan Price said his team ran out of energy.\n\n"
    "\"We never stopped believing,\" Hill said. Lincoln will face Jefferson in the state semifinal.\n"
)


def test_a_schools_namesake_alone_is_the_school() -> None:
    kinds = {a.name: a.kind for a in actors_of(report_of(_GAME))}
    assert kinds.get("Lincoln") != "person"
    assert kinds.get("Lincoln High School") == "organization"


def test_a_person_named_so_stays_a_person() -> None:
    text = (
        "Coach joins Lincoln High School\n\n"
        "Lincoln Riley, a former assistant, joined Lincoln High School as head coach on Monday. Riley said he "
        "was thrilled.\n"
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Lincoln Riley") == "person"
