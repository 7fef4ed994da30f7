"""Contents that lose or gain words at their start, and cues that state nothing (session 36, probes25), on
articles written for these tests: a "that" inside what was said, whom it was told to, a vote's tally, a passive
of expecting, a chair calling a meeting to order."""

from __future__ import annotations

from written import said_by


def test_a_that_after_a_verb_of_the_said_clause_keeps_the_clause() -> None:
    text = (
        "Climate talks overrun\n\n"
        "Negotiators worked through the night on Friday. "
        "Its chair, Tomas Olander, said the offer showed that rich countries were not serious."
    )
    assert said_by(text).get("Tomas Olander") == ["the offer showed that rich countries were not serious"]


def test_a_that_after_the_cues_object_still_opens_the_content() -> None:
    text = (
        "Port strike ends\n\n"
        "Union leader Tomas Olander told reporters on Monday that the strike was over."
    )
    assert said_by(text).get("Tomas Olander") == ["that the strike was over"]


def test_whom_it_was_told_to_is_not_what_was_told() -> None:
    text = (
        "Climate talks overrun\n\n"
        "Negotiators worked through the night on Friday. "
        "The bloc's envoy, Wopke Marren, told reporters the bloc was ready to lead. "
        "Deputy envoy Lise Brandt told the BBC she had no plans to quit."
    )
    said = said_by(text)
    assert said.get("Wopke Marren") == ["the bloc was ready to lead"]
    assert said.get("Lise Brandt") == ["she had no plans to quit"]


def test_telling_someone_to_do_something_keeps_whom() -> None:
    text = (
        "Coach speaks out\n\n"
        "Coach Rhea Danton told her players to forget the defeat and focus on Saturday."
    )
    assert any("her players to forget" in p for p in said_by(text).get("Rhea Danton", []))


def test_a_votes_tally_and_time_are_not_what_was_voted_for() -> None:
    text = (
        "Board votes to close schools\n\n"
        "The Dunmore County school board voted 5-2 on Tuesday night to close two elementary schools at the end of "
        "the year, despite protests from parents. "
        "Superintendent Dana Whitfield said enrolment had fallen by 18 percent."
    )
    voted = [p for ps in said_by(text).values() for p in ps if "elementary" in p]
    assert voted and all(p.startswith("to close two elementary schools") for p in voted)


def test_someone_expected_to_attend_states_nothing() -> None:
    text = (
        "King to host emperor\n\n"
        "The King will host the emperor next month, the palace announced on Tuesday. "
        "Princess Anne is also expected to attend the banquet, aides said. "
        "Commentator Robert Jobson said the invitation mattered."
    )
    said = said_by(text)
    assert not any("attend the banquet" in p for p in said.get("Anne", []))


def test_calling_the_chamber_to_order_is_no_demand() -> None:
    text = (
        "Commons clash\n\n"
        "MPs clashed over the rail bill on Tuesday. "
        "The Speaker, Sir Lindsay Crowe, twice called the chamber to order. "
        "Opposition leader Ada Marsh called on ministers to order an inquiry into the contracts."
    )
    said = said_by(text)
    assert not any("the chamber to order" in p for p in said.get("Lindsay Crowe", []))
    assert any("ministers to order an inquiry" in p for p in said.get("Ada Marsh", []))


def test_a_quotation_framed_by_another_speakers_verb_is_not_carried_on() -> None:
    text = (
        "Ministers face criticism over rail bill\n\n"
        "Ministers faced criticism in parliament on Tuesday over the rail bill. "
        "Opening the debate, Transport Secretary Helen Marsh told the House that the bill would end decades of "
        "fragmentation. She said passengers had paid the price. "
        'The shadow minister, Gareth Pryce, accused the government of nationalising the railways "for the sake of a '
        'headline". The bill passed its second reading.'
    )
    assert not any("headline" in p for p in said_by(text).get("Helen Marsh", []))
