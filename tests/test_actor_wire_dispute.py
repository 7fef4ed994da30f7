"""Shapes of a wire story on a maritime dispute (session 37, the lead's probe): a nation's navy or coast guard in lower
case speaks (as its own body since session 42, brief.actors.armed_forces: not the state) but a security guard does not; "reaffirmed its commitment" is a
statement; and "wrote on X" ends the cue at its verb. On an article written for these tests."""

from __future__ import annotations

from written import actors_of, cues_by, report_of

_SHOAL = (
    "Beijing warns Hanoi over reef as US backs ally\n\n"
    "BEIJING/HANOI (Reuters) - China on Wednesday accused Vietnam of \"deliberately provoking\" a clash near a "
    "disputed reef, and warned it would lodge a formal complaint.\n\n"
    "The Taiwanese coast guard rejected the account. The Taiwanese navy said its ships had kept a safe distance. "
    "A Taiwanese security guard said the harbour was quiet.\n\n"
    "State Department spokesperson Ann Wells reaffirmed Washington's \"ironclad\" commitment to its ally, adding that "
    "an attack would invoke the treaty.\n\n"
    "\"We will defend every metre,\" navy spokesman Do Van Khoa wrote on X."
)


def test_a_nations_coast_guard_and_navy_speak_but_a_security_guard_does_not() -> None:
    said = cues_by(_SHOAL)
    assert any(cue == "rejected" and text == "the account" for cue, text in said["Taiwanese coast guard"])
    assert any("kept a safe distance" in text for _, text in said["Taiwanese navy"])
    assert not any("the harbour was quiet" in text for texts in said.values() for _, text in texts)


def test_a_reaffirmed_commitment_is_a_statement_and_a_platform_leaves_the_cue() -> None:
    said = cues_by(_SHOAL)
    assert any(cue == "reaffirmed" and "commitment to its ally" in text for cue, text in said["Ann Wells"])
    assert ("wrote", "\"We will defend every metre,\"") in said["Do Van Khoa"]


_INTERVIEW = (
    "Actor eyes a break\n\n"
    "The actor was seen in Lyon on Sunday.\n\n"
    "Remy Castel previously told The Screen Daily that he was tired of sequels. Castel told a joke that fell flat."
)


def test_an_addressee_before_that_is_no_part_of_what_was_told() -> None:
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(_INTERVIEW))}
    assert "that he was tired of sequels" in said["Remy Castel"]
    assert not any("Screen Daily" in t for t in said["Remy Castel"])
