"""A wire's contact lines for a story ("To contact the reporter on this story: ...") and a comment widget's
"Loading Comments..." are page furniture, never a summary sentence; a sentence of the story that starts alike
("To contact the company, customers can call ...") is kept."""

from __future__ import annotations

from brief.ingest.furniture import is_boilerplate


def test_contact_lines_and_a_comment_loader_are_furniture() -> None:
    assert is_boilerplate("To contact the reporter on this story: Ann Kell in Denver at akell@example.net")
    assert is_boilerplate("To contact the editors responsible for this story: Bo Lind at blind@example.net")
    assert is_boilerplate("Loading Comments...")


def test_the_storys_own_contact_sentence_is_kept() -> None:
    assert not is_boilerplate("To contact the company, customers can call its help line, which opens at 8am.")
    assert not is_boilerplate("Loading the ship took three days, the port said.")
