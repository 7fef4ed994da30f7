"""Deeds read as positions in session 63's fresh sample of half K, on articles written for these tests
(brief.actors.cue_verbs, participle_clauses): what an actor found out (learned), questions answered with nothing
said, an unveiling whose object ends in a reduced relative clause ("..., the Ranger, scheduled for its launch"),
and agreeing to concede to a demand. The same verbs with a statement keep it."""

from __future__ import annotations

from written import cues_by, held_by_anyone

from brief.actors.attribution import Attribution
from brief.actors.cue_verbs import action_cue, unfamiliar_deed

HEAD = "Harbour town weekend\n\n"


def _attribution(text: str, cue: str, content: str) -> Attribution:
    c0 = text.index(cue)
    k0 = text.index(content, c0 + len(cue))
    return Attribution((c0, c0 + len(cue)), (0, 5), (k0, k0 + len(content)), False, 0)


def test_what_an_actor_found_out_is_no_position() -> None:
    cues = cues_by(HEAD + "Tomas Brenner, the mayor of Dunmore, spoke to voters at the town hall on Monday.\n\n"
                          "Brenner said he spent an hour looking for the library. Finally stopping at a shop to ask "
                          "the way, he found out he was supposed to go to the museum instead. \"It was confusing,\" "
                          "Brenner said.")
    assert not held_by_anyone(cues, "supposed to go to the museum")
    assert held_by_anyone(cues, "looking for the library")


def test_found_out_is_a_discovery_even_with_that() -> None:
    text = "The director later found out that the two actors had been talking."
    assert action_cue(text, _attribution(text, "later found out", "that the two actors had been talking"))
    text = "The inspectors found that the two valves had been left open."
    assert not action_cue(text, _attribution(text, "found", "that the two valves had been left open"))


def test_questions_answered_are_no_position() -> None:
    cues = cues_by(HEAD + "Members of the council began asking Harald Voss about the contract. Voss initially would "
                          "only say \"later.\" Eventually he relaxed and answered some lines of questions.\n\n"
                          "\"I never took any money,\" Voss told the council.")
    assert not held_by_anyone(cues, "lines of questions")
    assert held_by_anyone(cues, "I never took any money")
    text = "The minister answered that the budget would not change."
    assert not action_cue(text, _attribution(text, "answered", "that the budget would not change"))


def test_an_unveiling_before_a_reduced_relative_is_a_deed() -> None:
    cues = cues_by(HEAD + "Velmora Motors has taken the wraps off its new electric van, the Ranger, scheduled for its "
                          "launch at the Oslo show.\n\nVelmora says the van will cost less than its rivals.")
    assert not held_by_anyone(cues, "the wraps off")
    assert held_by_anyone(cues, "cost less than its rivals")


def test_an_aside_closed_by_a_comma_is_read_through() -> None:
    text = "The auditor reported the firm, founded in 1990, was close to bankruptcy."
    assert not action_cue(text, _attribution(text, "reported", "the firm, founded in 1990, was close to bankruptcy"))


def test_agreeing_to_concede_to_a_demand_is_a_deed() -> None:
    cues = cues_by(HEAD + "With Varga now trailing by two points, Kessler agreed to concede to the Hungarian's demand "
                          "that they play the next round indoors. Varga won the round.\n\n\"It was a fair request,\" "
                          "Kessler said later.")
    assert not held_by_anyone(cues, "play the next round indoors")
    assert held_by_anyone(cues, "It was a fair request")
    kept = cues_by(HEAD + "After the count, Kessler agreed to concede defeat in the northern district.")
    assert held_by_anyone(kept, "defeat in the northern district")


def test_going_on_to_offer_a_recitation_is_still_a_deed() -> None:
    text = "Page once told a designer his method, going on to offer a detailed recitation of the janitor's routine."
    assert unfamiliar_deed(text, _attribution(text, "going on to", "offer a detailed recitation of the janitor's routine"))
