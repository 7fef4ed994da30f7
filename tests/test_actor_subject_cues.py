"""A cue inside the sentence's subject, or inside a "while" clause, states only its own words, not the main
predicate after them (session 34, from fresh35's content shapes), on articles written for these tests."""

from __future__ import annotations

from written import said_by


def test_a_naming_gerund_as_subject_stops_before_the_copula() -> None:
    text = (
        "Coach row\n\n"
        'Coach Dana Whitfield calling the referees "a bunch of clowns" is the height of hypocrisy. '
        "Whitfield said the referees were fair."
    )
    said = said_by(text)["Dana Whitfield"]
    assert not any("hypocrisy" in t for t in said)
    assert "the referees were fair" in said


def test_a_while_clause_stops_before_a_pronoun_and_its_present_verb() -> None:
    text = (
        "Ride firm row\n\n"
        "Harbor Lines is a ride firm. While Harbor Lines preaches thrift to its drivers, it practices a form of "
        "corporate welfare. Harbor Lines said fares were fair."
    )
    said = said_by(text)["Harbor Lines"]
    assert not any("corporate welfare" in t for t in said)
    assert "fares were fair" in said


def test_a_noun_of_saying_as_subject_stops_before_the_main_verb_after_its_comma() -> None:
    text = (
        "Lunar bids\n\n"
        "Closer to home, NASA’s Monday announcement to add three companies to the list of firms allowed to bid for "
        "lunar cargo flights, raised the number of eligible providers to 11."
    )
    said = said_by(text)["NASA"]
    assert "to add three companies to the list of firms allowed to bid for lunar cargo flights" in said
    assert not any("raised the number" in t for t in said)
