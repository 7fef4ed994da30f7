"""Deeds read as positions and positions lost behind an apposition (session 36, probes25), on articles written
for these tests: a promotion "to become" a post, a claim's medium left at its content's end, a cue joined by
"and" after an apposition set off by commas."""

from __future__ import annotations

from written import said_by


def test_promoting_someone_to_become_head_coach_is_no_demand() -> None:
    text = (
        "Harbor City changes coach\n\n"
        "The Harbor City Mariners have promoted defensive coordinator Teodor Blaine to become head coach. "
        "The Mariners fired their previous coach in January after a losing season. "
        "Blaine joined the club in 2019 from a college programme."
    )
    positions = [p for ps in said_by(text).values() for p in ps]
    assert not any("to become head coach" in p for p in positions)


def test_urging_someone_to_become_a_leader_stays_a_demand() -> None:
    text = (
        "Party members weigh contest\n\n"
        "Senior figures in the Greenway Party urged deputy leader Mara Ostin to become a candidate for the leadership. "
        "Ostin has not said whether she will stand."
    )
    positions = [p for ps in said_by(text).values() for p in ps]
    assert any("Mara Ostin to become a candidate" in p for p in positions)


def test_the_forum_a_claim_was_posted_on_is_not_what_was_claimed() -> None:
    text = (
        "Hackers hit port systems\n\n"
        "A ransomware attack disrupted the Port of Dellmouth's booking systems last week. "
        "The Crimson Lynx group claimed responsibility for the port attack on a hacking forum late on Sunday. "
        "Harbour master Ines Varga said no cargo data had been lost."
    )
    lynx = said_by(text).get("Crimson Lynx", [])
    assert "responsibility for the port attack" in lynx
    assert not any("forum" in p for p in lynx)


def test_a_clause_that_names_a_forum_keeps_it() -> None:
    text = (
        "Police track leak\n\n"
        "Inspector Hal Brenner said the stolen files had been offered for sale on a hacking forum. "
        "The investigation is continuing."
    )
    assert any("on a hacking forum" in p for p in said_by(text).get("Hal Brenner", []))


def test_a_cue_joined_after_an_apposition_keeps_the_sentences_subject() -> None:
    text = (
        "Bank lifts rates again\n\n"
        "The Reserve Bank of Velmora raised rates to 5.25%, its highest in 17 years, and signalled more to come. "
        "Governor Anna Kovac said inflation remained too high."
    )
    assert "more to come" in said_by(text).get("Reserve Bank of Velmora", [])


def test_a_second_clause_between_commas_still_stops_the_joined_cue() -> None:
    text = (
        "Markets slide\n\n"
        "The Reserve Bank of Velmora raised rates, shares fell sharply, and signalled more pain ahead. "
        "Governor Anna Kovac said inflation remained too high."
    )
    assert not any("more pain" in p for p in said_by(text).get("Reserve Bank of Velmora", []))


def test_the_interview_a_description_was_given_in_is_not_part_of_it() -> None:
    text = (
        "Midfielder joins Carrow\n\n"
        "Carrow United have signed midfielder Tomas Kral from Slavia Prague on a four-year deal. "
        'Kral described the move as "a dream come true" in an interview with the club\'s television channel.'
    )
    assert said_by(text).get("Tomas Kral") == ['the move as "a dream come true"']
