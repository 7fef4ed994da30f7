"""What a source backs or rejects is the object after its verb, not the writer's clauses before the
source (session 35), on articles written for these tests."""

from __future__ import annotations

from written import said_by


def test_the_object_of_supported_is_what_was_backed() -> None:
    said = said_by(
        "Carmakers split on rules\n\n"
        "Rival makers poured money into the campaign to urge regulators to back the rules, and others like "
        "Halden, Corvo and Norvik all also vocally supported stricter emission limits."
    )
    texts = [t for name, ts in said.items() if "Norvik" in name for t in ts]
    assert any(t.startswith("stricter emission limits") for t in texts)
    assert not any("poured money" in t for t in texts)


def test_a_final_cue_of_saying_keeps_the_words_before_it() -> None:
    said = said_by(
        "Port reopens\n\n"
        "The port will reopen on Monday, harbour master Ilse Brandt told reporters."
    )
    assert any(t.startswith("The port will reopen") for t in said["Ilse Brandt"])
