"""Cue words in a sense that states nothing give no position (brief.actors.refused_acts, found_states,
sport_senses, pronounced_names): a refusal to obey or to move ("refused to comply with the order"), someone found
in a state ("found Mr Lund lying in the road"), a batsman dismissed or a title defended against a rival, and how a
name is said ("pronounced to rhyme with ..."). The same verbs with something said or a stance taken keep their
positions. On articles written for these tests."""

from __future__ import annotations

from written import cues_by, held_by, held_by_anyone

HEAD = "Harbour town weekend\n\n"


def test_a_refusal_to_obey_is_a_deed() -> None:
    cues = cues_by(HEAD + "The former mayor Dennis Albright was jailed after he refused to comply with the "
                          "tribunal's order that he hand over the harbour accounts.")
    assert not held_by_anyone(cues, "comply with the tribunal")


def test_a_refusal_to_follow_orders_or_to_move_is_a_deed() -> None:
    cues = cues_by(HEAD + "Police said the singer Marta Vale pulled out a drip and refused to follow orders to stay "
                          "in bed. Her manager Tom Greer refused to leave the ward until morning.")
    assert not held_by_anyone(cues, "follow orders")
    assert not held_by_anyone(cues, "leave the ward")


def test_a_refusal_to_sign_or_to_condemn_stays() -> None:
    cues = cues_by(HEAD + "The harbour master Ines Coll refuses to sign the lease the council is proposing. Mayor "
                          "Otto Brandt refused to condemn the protesters.")
    assert held_by(cues, "Ines Coll", "sign the lease")
    assert held_by(cues, "Otto Brandt", "condemn the protesters")


def test_a_title_not_defended_against_a_rival_is_a_deed() -> None:
    cues = cues_by(HEAD + "The chess champion Ivo Marek lost his crown in 1981 after refusing to defend it against "
                          "Pavel Rusin.")
    assert not held_by_anyone(cues, "defend it against")


def test_someone_found_floating_is_a_discovery() -> None:
    cues = cues_by(HEAD + "The coastguard Ian Moor found the boy floating near the pier, the harbour master said.")
    assert not held_by(cues, "Ian Moor", "floating near the pier")


def test_a_finding_that_stays() -> None:
    cues = cues_by(HEAD + "Ana Roth, the harbour inspector, found that the sea wall had been neglected for a decade.")
    assert held_by_anyone(cues, "sea wall had been neglected")


def test_a_batsman_dismissed_is_a_wicket() -> None:
    cues = cues_by(HEAD + "Spinner Dale Carver celebrates after dismissing Harbour batsman Rob Quill for a duck.")
    assert not held_by_anyone(cues, "Rob Quill")


def test_a_claim_dismissed_stays() -> None:
    cues = cues_by(HEAD + "Harbour chairman Rob Quill dismissed suggestions that the club was for sale.")
    assert held_by(cues, "Rob Quill", "club was for sale")


def test_how_a_name_is_said_is_no_position() -> None:
    cues = cues_by(HEAD + "One photographer, Jules Brat (pronounced to rhyme with \"far\"), offered the pictures "
                          "for a large sum.")
    assert not held_by_anyone(cues, "rhyme with")


def test_a_victory_that_confirmed_a_standing_is_a_result() -> None:
    cues = cues_by("Harbour Gulls win again\n\nThe Harbour Gulls beat the Quay Rovers 3-1 on Saturday. The Harbour "
                   "Gulls' victory confirmed that they stay in second place in the league.\n")
    assert not held_by_anyone(cues, "second place")


def test_a_bowlers_figures_claimed_are_wickets() -> None:
    cues = cues_by(HEAD + "Harbour spinner Andrew Hale claimed 3-51 with 19 overs of off-spin and earned praise from "
                          "his captain.")
    assert not held_by_anyone(cues, "3-51")


def test_calling_for_the_trainer_is_summoning_help() -> None:
    cues = cues_by(HEAD + "The top seed Marko Dravic had to call for the trainer after the fifth game to treat a cut "
                          "on his knee. Mayor Otto Brandt called for new elections in the spring.")
    assert not held_by_anyone(cues, "the trainer")
    assert held_by(cues, "Otto Brandt", "new elections")


def test_answering_back_on_the_clock_is_a_score() -> None:
    cues = cues_by("Gulls edge Rovers\n\nThe Quay Rovers led 2-1 after two periods. The Harbour Gulls answered back "
                   "with 6:42 remaining when a shot from the point went under the goalie's arm.\n")
    assert not held_by_anyone(cues, "6:42 remaining")


def test_a_refusal_to_leave_pledged_stays() -> None:
    cues = cues_by(HEAD + "Union leader Ada Moss will refuse to leave the quay until the dockers get a vote on the new "
                          "contract.")
    assert held_by(cues, "Ada Moss", "until the dockers get a vote")


def test_declining_to_follow_suit_stays() -> None:
    cues = cues_by(HEAD + "Two councillors criticised the harbour plan on Monday. Councillor Ines Coll declined to "
                          "follow suit.")
    assert held_by(cues, "Ines Coll", "follow suit")
