"""Cue words in a sense that says nothing (session 38), on articles written for these tests: "claim" as taking a
prize or a rank ("claimed the top spot"), "tell" a tale after a fronted phrase, and a noun of saying as the
subject of a negated auxiliary ("Vantor's big promises haven't arrived")."""

from __future__ import annotations

from written import said_by


def test_claiming_the_top_spot_is_no_statement_but_claiming_that_is() -> None:
    said = said_by(
        "Thriller tops weekend box office\n\n"
        "Director Lena Moss once again claimed the top spot at the box office, beating two new releases. "
        "Moss claimed that the film had cost less than any of her earlier work."
    )
    texts = said["Lena Moss"]
    assert not any("top spot" in t for t in texts)
    assert any("cost less than" in t for t in texts)


def test_telling_a_tale_after_a_fronted_phrase_is_no_statement() -> None:
    said = said_by(
        "Old horror film restored\n\n"
        "Drawing on an old novel about a flooded village, Mara Penn and Jo Ruiz told their own tale of a town "
        "overrun by ghosts. Penn said the film had cost little to make."
    )
    assert not any("tale" in t or "novel" in t for texts in said.values() for t in texts)
    assert any("cost little" in t for t in said["Mara Penn"])


def test_a_noun_of_saying_before_a_negated_auxiliary_is_no_cue() -> None:
    said = said_by(
        "Streaming service falls short\n\n"
        "Because Vantor's big promises haven't arrived, I can't recommend anyone sign up at the moment. "
        "Vantor said more games would come next year."
    )
    assert not any("arrived" in t for texts in said.values() for t in texts)
    assert any("more games" in t for t in said["Vantor"])
