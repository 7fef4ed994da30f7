"""A third-person verb of saying that is also a plural noun ("notes", "claims", "warns"), right after the comma
that closes its subject's apposition ("Its leader, Joan Pryce, notes that ..."), is the sentence's verb, not a noun
of saying inside the subject: what was said runs through a relative clause set off inside it to the sentence's
end (brief.actors.subject_cues.subject_cue_content), on an article written for these tests."""

from __future__ import annotations

from written import said_by

_SEA_WALLS = ("Opposition presses for faster sea wall work\n\n"
              "The Coastal Party says the island's defences are failing. Its leader, Joan Pryce, notes that the "
              "Harbour Works Board, which is chaired by Owen Blake, has twice delayed the repairs.\n\n"
              "The fisheries minister, Dev Arora, claims that the new breakwater, which opened in May, has already "
              "saved the harbour from two floods.\n")


def test_content_runs_through_the_relative_aside_after_an_apposed_subject() -> None:
    said = said_by(_SEA_WALLS)
    assert any(t.endswith("has twice delayed the repairs") for t in said["Joan Pryce"])
    assert any(t.endswith("has already saved the harbour from two floods") for t in said["Dev Arora"])
