"""A capital that acts is its state (brief.actors.capital_states): "Washington is concerned" is the United States,
"Pyongyang's nuclear programme" North Korea's; a capital as a setting stays a place. On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_TALKS = (
    'Envoys to meet again on weapons deal\n'
    '\n'
    'North Korea said on Monday it would hand over a list of its weapons sites by the end of the month. '
    'The United States urged North Korea to keep its word.\n'
    '\n'
    'Washington is now increasingly concerned that the list will leave out a second plant, officials said. '
    'Envoys held talks in Washington last week.\n'
    '\n'
    'Diplomats want to know whether Pyongyang will admit to buying parts abroad. '
    'Pyongyang\'s nuclear programme has been frozen since the spring under the deal.\n'
)

_ALONE = (
    'Capital rejects charges over border clash\n'
    '\n'
    'Moscow rejected on Tuesday the charge that its troops crossed into Estonia, and said the shots came from the other side. '
    'Moscow\'s response came a day after the clash, in which two guards were hurt.\n'
    '\n'
    'Reporters who arrived in Moscow on Wednesday were not allowed near the border.\n'
)

_CITY = (
    'Rain floods streets of the capital\n'
    '\n'
    'Heavy rain flooded the streets of Seoul on Friday, and the city closed three metro lines. '
    'Seoul\'s mayor Kim Dal-ho said crews worked through the night.\n'
    '\n'
    'South Korea has had its wettest summer in forty years, the weather agency said.\n'
)


def _names(text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.aliases for a in actors_of(report_of(text))}


def test_a_capital_that_acts_is_the_state_the_page_names() -> None:
    """ "Washington is now increasingly concerned", "whether Pyongyang will admit": one actor each with its state."""
    actors = {a.name: a for a in actors_of(report_of(_TALKS))}
    assert "Washington" not in actors and "Pyongyang" not in actors
    assert "Washington" in actors["United States"].aliases and "Pyongyang" in actors["North Korea"].aliases


def test_the_capitals_position_goes_to_its_state() -> None:
    """What Washington is concerned about is the United States' position, kept under it."""
    actors = {a.name: a for a in actors_of(report_of(_TALKS))}
    assert any("second plant" in p.text for p in actors["United States"].positions)


def test_a_capital_acting_on_a_page_that_never_names_its_state_is_the_state() -> None:
    """ "Moscow rejected the charge ... Moscow's response": Russia, though the page never writes it."""
    names = _names(_ALONE)
    assert "Russia" in names and "Moscow" not in names
    assert "Moscow" in names["Russia"]


_HOST_CITY = (
    'Council wants share of games land profits\n'
    '\n'
    'Northfield council said on Monday that ministers should reverse a pledge that London will enjoy the first claim '
    'on profits from the sale of the games land. London has had the lion\'s share of the money so far, the council said.\n'
    '\n'
    'The United Kingdom will host the games in four years.\n'
)


def test_a_capital_acting_at_home_on_a_page_naming_no_other_state_is_the_city() -> None:
    """ "London will enjoy the first claim on profits", only the United Kingdom named: the city, not the state."""
    assert "London" not in _names(_HOST_CITY).get("United Kingdom", ())


def test_a_capital_as_the_city_stays_a_place() -> None:
    """ "the streets of Seoul", "Seoul's mayor": the city, not South Korea."""
    names = _names(_CITY)
    assert "Seoul" not in names.get("South Korea", ())


_OWNERS = (
    'Harbour United close on new stadium plan\n'
    '\n'
    'Harbour United chief executive Paul Denning flew out on Monday to meet the club\'s owners, Carl Weston and Dean Fulton. '
    'The meetings are meant to settle what plan the Americans will agree on for the new ground.\n'
    '\n'
    'Talks on the club\'s debts also go on, with the Americans still looking for a bank to refinance their loans.\n'
)

_GOVERNMENT = (
    'Blood supplied to troops was not tested\n'
    '\n'
    'Wounded soldiers may have been given untested blood at a field hospital run by the US military. '
    'It emerged that the Americans did not follow their own procedures and test the donors, officials said.\n'
)


def test_a_peoples_plural_for_people_just_named_is_no_state() -> None:
    """ "the club's owners, Carl Weston and Dean Fulton ... what plan the Americans will agree on": the two owners."""
    assert "United States" not in _names(_OWNERS)


def test_a_peoples_plural_for_a_state_the_page_names_stays_the_state() -> None:
    """ "the US military ... the Americans did not follow their own procedures": the United States acting."""
    assert "Americans" in _names(_GOVERNMENT).get("United States", ())
