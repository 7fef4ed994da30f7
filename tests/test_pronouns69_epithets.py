"""An epithet with something to check in it, on articles written for these tests: "the American" is the person the
text called American, "the 25-year-old" the one it gave that age, not the person it was just about when that person
was never so called.
"""

from __future__ import annotations

from written import holders, report_of

_AMERICAN = (
    'Chess great remembered in Kerrow\n\n'
    'KERROW - The famous match between American Robert Keller and Soviet champion Ivan Petrov was the talk of the city '
    'for a month in 1971.\n\n'
    'Retired wire reporter Gary Lenz, who covered the match, recalled how hard it was to ask the young player anything.\n\n'
    'The match was front-page news around the world.\n\n'
    'The American then complained that the cameras stood far too close to the board.'
)

_AGED = (
    'Young forward signs for Harbour Rovers\n\n'
    'Harbour Rovers have signed forward Lena Morsby, 25, from Eastfield on a two-year deal.\n\n'
    'Manager Paul Grieve said the club had watched her for a season.\n\n'
    '"I have wanted to play for this club since I was a girl," the 25-year-old said.'
)


def test_a_nationality_epithet_goes_to_the_person_called_so() -> None:
    assert holders(report_of(_AMERICAN), "cameras stood far too close") == ["Robert Keller"]


def test_an_age_epithet_goes_to_the_person_given_that_age() -> None:
    assert holders(report_of(_AGED), "play for this club since") == ["Lena Morsby"]
