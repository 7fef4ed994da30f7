"""What a source said stops before the writer's ", but it didn't say ..." about the same source (session 35),
on articles written for these tests."""

from __future__ import annotations

from written import said_by


def test_what_the_source_did_not_say_is_not_its_words() -> None:
    said = said_by(
        "Carmaker shows wagon concept\n\n"
        "Norvik Motors showed a new wagon concept at the Geneva show on Monday. "
        "Norvik says the car is a preview of a production model for Europe, but it didn't say when the wagon "
        "will go on sale."
    )
    texts = said["Norvik Motors"]
    assert any(t.startswith("the car is a preview") for t in texts)
    assert not any("go on sale" in t for t in texts)


def test_what_the_source_would_not_disclose_is_cut_off() -> None:
    said = said_by(
        "Chipmaker plans plant\n\n"
        "Halvard Semiconductor said it would build a new plant in Ohio, but it would not disclose the cost of "
        "the project."
    )
    texts = said["Halvard Semiconductor"]
    assert "it would build a new plant in Ohio" in texts
    assert not any("cost of the project" in t for t in texts)


def test_another_subjects_contrast_stays_with_the_rules_that_weigh_it() -> None:
    said = said_by(
        "Council backs budget\n\n"
        "Mayor Ines Talbot said the budget was balanced, but the deficit would grow next year."
    )
    assert any("deficit would grow" in t for t in said["Ines Talbot"])
