"""A source and cue after a comma report the clause before them; a time from an event after the cue ("two days
after he was admitted") is when they said it, not what."""

from __future__ import annotations

from tests.written import said_by

TEXT = """Former ruler stable in hospital

The former president Ansel Varga showed some improvement on Sunday but remained in a serious condition, doctors said two days after he was admitted with heart and kidney problems.

His family asked for privacy.
"""


def test_a_time_after_the_cue_leaves_the_clause_before_it_as_the_content() -> None:
    said = said_by(TEXT)
    assert said.get("doctors") == [
        "The former president Ansel Varga showed some improvement on Sunday but remained in a serious condition"]
