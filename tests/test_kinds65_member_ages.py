"""An age before a name that then modifies a member's noun ("a 15-year-old Vantu supporter") is the member's,
not the name's (brief.actors.person_signs.aged), on articles written for these tests."""

from __future__ import annotations

from written import kinds_of

_CLASHES = (
    'Clashes kill six in Rimor\n'
    '\n'
    'RIMOR - Six people were killed on Tuesday in clashes between supporters of the Vantu movement and the ruling party, officials said.\n'
    '\n'
    'The dead included two Vantu and three party supporters, and a 15-year-old Vantu supporter shot near a market after he left school, relatives said.\n'
    '\n'
    '"We want calm," said interior minister Joel Akande.\n'
)

_SIGNING = 'Striker signs\n\nThe 27-year-old Okafor signed a three-year deal on Friday. "I am happy," Okafor said.\n'


def test_a_members_age_makes_no_person_of_his_side() -> None:
    kinds = kinds_of(_CLASHES)
    assert kinds.get("Vantu") != "person" and kinds.get("Joel Akande") == "person"


def test_an_age_before_a_surname_still_shows_a_person() -> None:
    assert kinds_of(_SIGNING).get("Okafor") == "person"
