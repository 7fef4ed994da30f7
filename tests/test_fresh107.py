"""Session 66's fresh sample of half M, L3S-GN1's short pages (bench/positions_web.py /work/pages/mn --fresh 66), judged
18 positions wrong; these are the general forms of most of them, on articles written for these tests:

- a prize claimed ("has claimed at least one victory every year"), an assault with a weapon ("attacked him with a
  broken bottle") and a reputation ("is best known for the hit"): the cue's verb in a sense that states nothing
  (cue_idioms.deed_sense);
- a player's figures posted ("posted a plus-nine rating"), as a firm's results are (results_deeds);
- bare "Officials say" after a paper reported what officials said: the officials, not the paper (officials);
- a trailing "according to NAME, chairman of X": what the chairman said is the clause before, not his title
  (trailing_according).

Each has a twin that keeps its position.
"""

from __future__ import annotations

from written import cues_by, held_by, held_by_anyone

HEAD = "Harbour town weekend\n\n"


def test_an_object_in_the_cue_then_its_purpose_keeps_the_position() -> None:
    cues = cues_by(HEAD + "The election is in May. Party leader Tom Vale used his own message to put his party on a "
                          "war footing to defeat the mayor's \"hopeless and tired\" council.")
    assert held_by(cues, "Tom Vale", "to defeat the mayor's")


def test_an_aim_in_a_to_infinitive_is_kept() -> None:
    cues = cues_by(HEAD + "The budget was read on Thursday. Harbourland is eyeing to join the club of the middle-income "
                          "countries by 2030, the finance minister said.")
    assert held_by_anyone(cues, "join the club of the middle-income")


def test_an_object_urged_to_act_keeps_its_demand() -> None:
    cues = cues_by(HEAD + "The vote is on Friday. Mayor Jo Penn exhorted residents to vote against the harbour plan.")
    assert held_by(cues, "Jo Penn", "vote against the harbour plan")


def test_a_prize_claimed_is_won() -> None:
    cues = cues_by(HEAD + "Dan Quarry won the Harbour Open on Sunday. He has claimed at least one victory every year "
                          "since 2005, becoming one of only three golfers to do so.")
    assert not held_by_anyone(cues, "one victory")


def test_a_claim_of_fact_is_kept() -> None:
    cues = cues_by(HEAD + "The race ended in a dispute. Dan Quarry has claimed that the winner cut the last corner.")
    assert held_by(cues, "Dan Quarry", "the winner cut the last corner")


def test_an_assault_with_a_weapon_is_a_deed() -> None:
    cues = cues_by(HEAD + "The actor Sam Kerr suffered serious injury when Lena Voss allegedly attacked him with a "
                          "broken bottle in June 2005, as he was leaving a party.")
    assert not held_by_anyone(cues, "broken bottle")


def test_a_reputation_is_no_statement() -> None:
    cues = cues_by(HEAD + "Former rapper turned preacher D.J. Marlow is about to become a web entrepreneur. D.J. Marlow "
                          "is best known for the multimillion selling hit 'Rain Can't Stop', but somehow managed to lose "
                          "all of the millions he made in music.")
    assert not held_by_anyone(cues, "Rain Can't Stop")


def test_a_players_figures_are_posted() -> None:
    cues = cues_by(HEAD + "Three players were named the stars of the week. Quarry scored eight points (four goals, four "
                          "assists) and posted a plus-nine rating as the Rovers won three of four games this week.")
    assert not held_by_anyone(cues, "plus-nine rating")


def test_officials_a_paper_reported_are_not_the_paper() -> None:
    cues = cues_by(HEAD + "The Coast Gazette reports that port officials say three traders may have shipped stolen "
                          "goods through the harbour. Officials say their inquiry is focusing on two warehouses.")
    assert not held_by(cues, "Coast Gazette", "their inquiry is focusing")
    assert held_by(cues, "Coast Gazette", "three traders may have shipped")


def test_a_bodys_own_officials_speak_for_it() -> None:
    cues = cues_by(HEAD + "Harbour Power said on Monday that it would close two plants. The officials said the "
                          "closures would cost 200 jobs.")
    assert held_by(cues, "Harbour Power", "the closures would cost 200 jobs")


def test_a_trailing_sources_title_is_not_what_it_said() -> None:
    cues = cues_by(HEAD + "The harbour wall was first built in 1820. The old pier had been extended by the council way "
                          "back in 1955 according to Ang Tshering Sherpa, chairman of the Harbour Heritage Society.")
    assert held_by(cues, "Ang Tshering Sherpa", "The old pier had been extended")
    assert not held_by_anyone(cues, "chairman of the Harbour Heritage Society")
