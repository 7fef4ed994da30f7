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


def test_a_concession_of_the_speakers_own_state_stays_in_the_statement() -> None:
    said = cues_by("Mara Velik says she identifies as a harbour pilot, although she is currently registered as a "
                   "ferry captain.")
    assert said["Mara Velik"] == [("says", "she identifies as a harbour pilot, although she is currently registered "
                                           "as a ferry captain")]


def test_a_but_clause_of_the_speaker_stays_in_the_statement() -> None:
    said = cues_by("Mara Velik said the ferry fare was 500 crowns, but she paid only 300 crowns for it.")
    assert said["Mara Velik"] == [("said", "the ferry fare was 500 crowns, but she paid only 300 crowns for it")]


def test_a_concessive_warning_is_a_second_statement() -> None:
    said = cues_by("Mara Velik said the pier would reopen in May, though she warned that repairs could take longer.")
    assert said["Mara Velik"] == [("said", "the pier would reopen in May"),
                                  ("warned", "that repairs could take longer")]
