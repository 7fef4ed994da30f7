"""Verbs of rejecting written with a particle ("ruled out", "played down", "brushed aside", "hit out at") that the
cue tagger leaves untagged or cut short (session 37, the lead's probe), and phrasal verbs that are deeds as often,
which stay deeds. On articles written for these tests."""

from __future__ import annotations

from written import cues_by

_ELECTION = (
    "Premier rules out snap poll\n\n"
    "HOBART — Tasmanian Premier Ruth Calder has ruled out an early election despite the loss of her majority.\n\n"
    "Treasurer Owen Pike played down fears of a downgrade. Opposition Leader Kate Moran brushed aside claims of a "
    "split in her party. Union secretary Tim Vella hit out at the budget cuts.\n\n"
    "The navy said a patrol boat shot down a drone near the coast. Senator Lyle Brand walked back to his car after "
    "the vote.\n\n"
    "Photographs Ann Lee"
)


def test_a_phrasal_verb_of_rejecting_gives_a_position() -> None:
    said = cues_by(_ELECTION)
    assert ("has ruled out", "an early election despite the loss of her majority") in said["Ruth Calder"] or any(
        cue.endswith("ruled out") and text.startswith("an early election") for cue, text in said["Ruth Calder"])
    assert any(cue == "played down" and "fears of a downgrade" in text for cue, text in said["Owen Pike"])
    assert any(cue == "brushed aside" and "claims of a split" in text for cue, text in said["Kate Moran"])
    assert any(cue == "hit out at" and text == "the budget cuts" for cue, text in said["Tim Vella"])


def test_a_phrasal_deed_stays_a_deed() -> None:
    said = cues_by(_ELECTION)
    assert not said.get("Lyle Brand") and not said.get("Lyle")
    assert not any("to his car" in text for texts in said.values() for _, text in texts)
