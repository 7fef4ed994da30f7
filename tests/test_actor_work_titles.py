"""A quotation closing right before its cue is a work's title, not what was said, when a work's noun stands
before it ("In her book “...,” Voss wrote of ...") (session 38), on an article written for these tests."""

from __future__ import annotations

from written import said_by


def test_a_books_title_before_the_cue_is_not_what_was_said() -> None:
    said = said_by(
        "Why disasters bring people together\n\n"
        "Crowds gathered to help after the storm. In her book “Rivers of Mercy: How Strangers Become Neighbors "
        "After a Flood,” Clara Voss wrote of the purpose, meaning and deep satisfaction people find when they help "
        "one another in a crisis.\n\n"
        "Voss said the town had recovered."
    )
    texts = said["Clara Voss"]
    assert not any("Rivers of Mercy" in t for t in texts)
    assert any("had recovered" in t for t in texts)
