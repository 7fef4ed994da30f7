"""Sides in sports copy are no people (brief.actors.sports_sides), nor is a saint's town cut to its given name
(brief.actors.saint_places), on articles written for these tests."""

from __future__ import annotations

from written import kinds_of

_STREAK = (
    'Varga, Kestrels roll past Otters\n'
    '\n'
    'Tomas Varga scored 31 points and grabbed 12 rebounds to lead the Norfolk Kestrels over the Cardiff Otters, 98-90, on Tuesday night.\n'
    '\n'
    'Ben Oduya added 18 points and seven assists for the Kestrels, who have won five straight. Varga hit 12-of-17 shots and the Kestrels offense ran through him all night.\n'
    '\n'
    '"We wanted the ball in his hands," said Kestrels head coach Alan Trask.\n'
    '\n'
    'Norfolk pulled away late in the fourth quarter. Marco Pell had 22 points for the Otters, who have lost six in a row.\n'
)

_STAFF = (
    'Brandt to interview for head coaching job\n'
    '\n'
    'Former Denver Stallions and Tulsa Ravens coach Mark Ellery said on Monday he had spoken to the university about its vacancy.\n'
    '\n'
    'Ray Brandt, a Portland Mariners assistant who has coached linebackers for six seasons, will meet the athletic director on Thursday, people familiar with the search said.\n'
    '\n'
    'Brandt played under Ellery in Denver. "He is ready for this," Ellery said.\n'
    '\n'
    'The school fired its coach after a 3-9 season.\n'
)

_NOTES = (
    'Blues beat Jackets\n'
    '\n'
    'Notes: Ward left the game with injuries...St. Louis is 9-2-1 when scoring first...St. Louis has won four straight at home.\n'
    '\n'
    'Sam Ward scored twice as the St. Louis Blues beat the Columbus Blue Jackets 5-2 on Thursday. "We played well," Ward said.\n'
)

_CLUB = (
    'Marlow and Cruz fit for derby\n'
    '\n'
    'Harbour United defenders Nico Marlow and Tiago Cruz will be available on Sunday to face Westport Rovers at Kellet Park.\n'
    '\n'
    'Cruz missed the loss to the Rovers through suspension, after a straight red card in Round 12 against Eastbay FC.\n'
    '\n'
    'Marlow has been a regular since joining the club in 2019. Other than his red card against Eastbay FC, the tall defender has started every league game this year.\n'
)


def test_a_side_given_who_and_him_stays_a_side() -> None:
    """ "the Kestrels, who have won five straight ... the Kestrels offense went through him": the side's."""
    assert kinds_of(_STREAK).get("Norfolk Kestrels") == "organization"


def test_a_side_before_a_staff_noun_is_no_person() -> None:
    """ "Former Denver Stallions and Tulsa Ravens coach Mark Ellery": the coach is the person, not the side."""
    kinds = kinds_of(_STAFF)
    assert kinds.get("Denver Stallions") != "person" and kinds.get("Mark Ellery") == "person"


def test_a_town_cut_from_its_saint_is_no_person() -> None:
    """ "...St. Louis is 9-2-1": no person "Louis"."""
    kinds = kinds_of(_NOTES)
    assert "Louis" not in kinds and kinds.get("Sam Ward") == "person"


def test_a_club_with_its_letters_is_no_person() -> None:
    """ "against Eastbay FC, the tall defender has started": the defender is Marlow, the club no person."""
    kinds = kinds_of(_CLUB)
    assert kinds.get("Eastbay FC") == "organization" and kinds.get("Nico Marlow") == "person"
