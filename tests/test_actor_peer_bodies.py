"""A body named after a peer or a rank's word ("Duke University") is no person, so that a student "at" it
speaks for himself (brief.actors.peerages.ranked_name), and "Mt." does not end the content before a mountain's
name (brief.actors.attribution.document), on articles written for these tests."""

from __future__ import annotations

from written import said_by

from brief.actors.peerages import ranked_name


def test_a_rank_before_a_bodys_ending_names_no_peer() -> None:
    assert not ranked_name("One student at Earl Ashby College said", "Earl Ashby College")
    assert ranked_name("Baroness Quell said the trip went well.", "Baroness Quell")


def test_a_student_at_a_college_named_for_a_peer_speaks_for_himself() -> None:
    said = said_by("Campus voices\n\nStudents reacted to the vote on Wednesday.\n\n"
                   "One student at Earl Ashby College in Selby, Ohio, said he had kept his views to himself "
                   "since his first year.\n")
    assert said.get("Earl Ashby College", []) == []


def test_a_mountains_abbreviation_does_not_cut_the_content() -> None:
    said = said_by("Glaciers lose ground\n\nA new analysis from the University of Harwick shows that the northern "
                   "ice sheet lost water equal to the weight of Mt. Rainier every three years.\n\n"
                   "Officials at the Forest Service said the trails near Mt. Hood would stay closed.\n")
    assert said["University of Harwick"] == [
        "that the northern ice sheet lost water equal to the weight of Mt. Rainier every three years"]
    assert said["Forest Service"] == ["the trails near Mt. Hood would stay closed"]
