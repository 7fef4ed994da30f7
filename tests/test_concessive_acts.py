"""A speaker's next act in a concessive clause ("..., although she also vowed to ...") ends what was said before it,
so both statements stand (brief.actors.concessive_acts)."""

from __future__ import annotations

from written import cues_by


def test_a_concessive_next_act_ends_the_statement_before_it() -> None:
    said = cues_by("Mara Velik said foreign envoys should now return home, although she also vowed to continue "
                   "working for the release.")
    assert said["Mara Velik"] == [("said", "foreign envoys should now return home"),
                                  ("also vowed", "to continue working for the release")]


def test_a_concession_of_another_subject_stays_in_the_statement() -> None:
    said = cues_by("Mara Velik said the ferry would sail on Friday, although the harbour may still be closed.")
    assert said["Mara Velik"] == [("said", "the ferry would sail on Friday, although the harbour may still be closed")]
