"""Cues that are the writer's account or a deed, and contents cut where nothing was said yet, give no position
(brief.actors.writer_accounts, attended_plans, inner_nicknames, topic_subjects, cut_subordinates): a guess at a plan
or a mood ("may plan to", "will be eager to"), a knowledge the writer vouches for ("knows as much as anyone
that"), others' expectation ("With X expected to"), a plan to attend an event, books written about people (one of
them with a quoted nickname), and a "that when ...," clause cut before its main clause. The same verbs with a
stance or a statement keep their positions. On articles written for these tests."""

from __future__ import annotations

from written import cues_by, held_by, held_by_anyone

HEAD = "Harbour town weekend\n\n"


def test_a_guessed_plan_is_no_position() -> None:
    cues = cues_by(HEAD + "Microsoft may plan to extend that model to the implementation of this patent.")
    assert not held_by_anyone(cues, "extend that model")


def test_a_forecast_eagerness_is_no_position() -> None:
    cues = cues_by(HEAD + "The ministers Tom Reeves and Dan Holt will be eager to ensure the harbour keeps its funding.")
    assert not held_by_anyone(cues, "keeps its funding")


def test_a_stated_plan_and_eagerness_stay() -> None:
    cues = cues_by(HEAD + "Senator Ann Gray plans to veto the bill if it reaches her desk. Senator Ann Gray is eager "
                          "to return to the chamber.")
    assert held_by(cues, "Ann Gray", "veto the bill")
    assert held_by(cues, "Ann Gray", "return to the chamber")


def test_a_knowledge_the_writer_vouches_for_is_no_position() -> None:
    cues = cues_by(HEAD + "The former striker Shane Pike, now a pundit, spoke on Monday. Pike knows as much as anyone "
                          "that the harbour fans don't take five minutes to turn on a manager.")
    assert not held_by_anyone(cues, "turn on a manager")


def test_an_expectation_of_others_is_no_position() -> None:
    cues = cues_by(HEAD + "With Mayor Tom Reeves expected to step up his rhetoric against the port board during his "
                          "visit, traders may have wanted to remind him of the costs.")
    assert not held_by_anyone(cues, "step up his rhetoric")


def test_a_plan_to_attend_is_a_deed() -> None:
    cues = cues_by(HEAD + "Mayor Tom Reeves and council chairman Dan Holt were planning to attend a 4 p.m. news "
                          "conference to discuss the budget.")
    assert not held_by_anyone(cues, "news conference")


def test_books_written_about_people_are_a_career() -> None:
    cues = cues_by(HEAD + "The 61-year-old Blake, who has written books about Princess Mary, Tom and Lily \"Harbour "
                          "Queen\" Vance, Otto Brandt and Ann Gray talked about her book in an interview.")
    assert not held_by_anyone(cues, "Princess Mary")
    cues = cues_by(HEAD + "Nora Blake has written books about Princess Mary, Tom and Lily \"Harbour Queen\" Vance and "
                          "the old harbour trade.")
    assert not held_by_anyone(cues, "Princess Mary")


def test_a_when_clause_alone_is_no_statement_and_the_main_clause_stays() -> None:
    cues = cues_by(HEAD + "A Harbour College source said that when Dan Walker met with coach Tom Reeves this week, he "
                          "said he would wait until the search had run its course.")
    assert not any(text.rstrip().endswith("this week") for name in cues for _, text in cues[name])
    assert held_by(cues, "Dan Walker", "he would wait")


def test_a_while_clause_before_a_stance_and_a_whole_that_clause() -> None:
    cues = cues_by(HEAD + "Defence Secretary Tom Reeves spoke on Monday. Reeves said that while harbour forces in the "
                          "east are doing a terrific job, he is concerned that the northern crews are not well trained. "
                          "Mayor Ann Gray said that when the ferry arrives, the harbour will close.")
    assert not any(text.rstrip().endswith("terrific job") for name in cues for _, text in cues[name])
    assert held_by(cues, "Tom Reeves", "northern crews are not well trained")
    assert held_by(cues, "Ann Gray", "the harbour will close")


def test_the_frame_before_a_main_clause_cue_is_not_its_content() -> None:
    cues = cues_by(HEAD + "The former mayor Tom Reeves spoke on Monday. He has repeatedly said that while he has no "
                          "plans to re-enter politics, he has not ruled out the possibility.")
    assert not any(text.startswith("He has repeatedly said") for name in cues for _, text in cues[name])


def test_what_was_told_after_a_relative_clause_about_the_person_told() -> None:
    cues = cues_by(HEAD + "Dan Holt, 19, told the father of Tom Reeves Jr., 17, who was injured, that the three waved at "
                          "the seal but never threw anything into its pool, according to a court filing.")
    assert held_by(cues, "Dan Holt", "the three waved at the seal")
    assert not held_by(cues, "Dan Holt", "the father of")


def test_what_police_say_before_a_reason_the_writer_adds() -> None:
    cues = cues_by(HEAD + "There will be no excuse for drunk driving on the harbour road this weekend, Harbour police "
                          "say, especially since the ferry has offered free rides for the first time in 30 years.")
    assert held_by_anyone(cues, "no excuse for drunk driving")
    assert not held_by_anyone(cues, "especially since")


def test_the_sources_an_outlet_is_quoting_are_no_position() -> None:
    cues = cues_by(HEAD + "The Harbour Post, quoting sources involved in the inquiry, reported that investigators "
                          "seized documents from the port office on Tuesday.")
    assert not held_by_anyone(cues, "sources involved in the inquiry")
    assert held_by_anyone(cues, "investigators seized documents")


def test_a_that_clause_opening_on_a_phrase_runs_on_to_its_main_clause() -> None:
    cues = cues_by(HEAD + "The writer Chas Bourne spoke on Monday. Bourne said that after that glorious endorsement, "
                          "people suddenly wanted his new show being performed all over the globe.")
    assert held_by(cues, "Chas Bourne", "people suddenly wanted")


def test_a_concession_keeps_its_while_clause() -> None:
    cues = cues_by(HEAD + "The harbour master Ines Coll spoke on Monday. Coll admitted that while the ferry contract was "
                          "never central to the inquiry, she argued the probe needed the port's emails.")
    assert held_by(cues, "Ines Coll", "the ferry contract was never central")
