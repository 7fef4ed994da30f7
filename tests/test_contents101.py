"""A content before a cue that ends in a colon is the frame's fronted clause, not what was said
(brief.actors.content_ends.fronted_clause_only): "In listing his conditions before he would testify, X said:" announces
a list after it. A quotation after such a colon stays. On articles written for these tests."""

from __future__ import annotations

from written import cues_by


def test_a_fronted_clause_before_a_colon_cue_is_no_position() -> None:
    cues = cues_by("Harald Voss appeared before the committee on Tuesday.\n\n"
                   "In listing his conditions before he would testify, Voss said:\n\n"
                   ". he wants his appeal to be heard first.\n\n. he wants to see his own files.")
    assert not any("listing his conditions" in text for name in cues for _, text in cues[name])


def test_a_quotation_after_the_colon_stays() -> None:
    cues = cues_by("Harald Voss appeared before the committee on Tuesday. Asked about his plans for the harbour, Voss "
                   "said: \"We will build a new pier next spring.\"")
    assert any("build a new pier" in text for _, text in cues["Harald Voss"])


def test_a_quotation_in_two_apostrophes_after_the_colon_is_the_frames_answer() -> None:
    # NYT plain text quotes with two apostrophes: the frame's own attribution takes the answer after its colon
    # (it was dropped as a fronted clause, and the quotation left to a looser rule or to no one)
    cues = cues_by("Harald Voss ran the family ferry with his brother Karl for years.\n\n"
                   "Asked whether the ferry's losses led to the sale, Mr. Voss said: ''Of course. We had no choice.''\n\n"
                   "The ferry was sold in 1990.")
    assert ("said:", "“Of course. We had no choice.”") in cues["Harald Voss"]
