"""What was said ends before a subordinate clause whose subject an aside sets off ("after Voss, like Quinn, was
charged"), where the model took the aside for a source and ended the content inside the clause, before its verb
(brief.actors.subordinate_asides). On articles written for these tests."""

from __future__ import annotations

from written import cues_by


def test_a_subordinate_clause_cut_at_its_subjects_aside_is_left_out() -> None:
    said = cues_by("Mara Velik said the ferry was late after Voss, the pilot, was charged.")
    assert said["Mara Velik"] == [("said", "the ferry was late")]


def test_a_subordinate_clause_cut_at_a_likeness_aside_is_left_out() -> None:
    said = cues_by("Mara Velik said the ferry was late after Voss, like Quinn, was charged under section 3.")
    assert said["Mara Velik"] == [("said", "the ferry was late")]


def test_a_whole_subordinate_clause_the_model_kept_stays() -> None:
    said = cues_by("Mara Velik will argue the term rat does not insult a person's descent after Voss, like Quinn, was "
                   "charged under section 3.")
    assert said["Mara Velik"] == [("will argue", "the term rat does not insult a person's descent after Voss, like "
                                                 "Quinn, was charged under section 3")]


def test_a_content_with_no_aside_is_left_as_it_is() -> None:
    said = cues_by("Mara Velik said the ferry was late after the storm, and the pier stayed closed all week.")
    assert said["Mara Velik"][0][1].startswith("the ferry was late after the storm")
