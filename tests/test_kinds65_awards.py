"""An award named like a person ("the Oscar ceremony") is no person (brief.actors.award_names), on articles
written for these tests."""

from __future__ import annotations

from written import kinds_of

_SEASON = (
    'Strike clouds awards season\n'
    '\n'
    'LOS ANGELES - Studio executives fear the strike will dent ticket sales and the Oscar prospects of small dramas, they said on Monday.\n'
    '\n'
    'Organisers have yet to decide on the format of the March 2 Oscar ceremony; the Oscar nominations are due next week.\n'
    '\n'
    '"Without the red carpet, a small drama has no way to reach voters," said veteran publicist Dana Morrow.\n'
    '\n'
    'Morrow said studios were already cutting their Oscar campaign budgets.\n'
)

_SKIER = 'Oscar Lindqvist wins again\n\nOscar Lindqvist won the downhill on Sunday. "It was a perfect run," Oscar said.\n'


def test_an_award_is_no_person() -> None:
    kinds = kinds_of(_SEASON)
    assert "Oscar" not in kinds and kinds.get("Dana Morrow") == "person"


def test_a_person_of_the_awards_name_stays() -> None:
    """ "Oscar Lindqvist": the given name with a surname, a person."""
    assert kinds_of(_SKIER).get("Oscar Lindqvist") == "person"
