"""A name before a bare noun of saying or wanting ("The Dunmere Water plan to raise rates drew protests", "the
Unite union call for talks was welcomed") modifies a subject: nobody states the noun's complement there."""

from __future__ import annotations

from tests.written import said_by

TEXT = """Water rates rise

The Unite union call for talks was welcomed by ministers on Monday.

The Dunmere Water plan to raise rates by 9% drew protests from residents.

The Dunmere Water plan to fill in the old quarry on Mill Road, located on county land between Harlow and Ashby, with soil dug up during pipe repairs proposes to run 80 trucks a day.

The NHS warning about flu was repeated by doctors. The Teamsters call for a strike on Monday.
"""


def test_a_noun_after_a_name_is_no_cue() -> None:
    said = said_by(TEXT)
    texts = [t for ts in said.values() for t in ts]
    assert not any("talks was welcomed" in t or "raise rates" in t or "flu was repeated" in t
                   or "old quarry" in t for t in texts)
    assert said.get("Teamsters") == ["a strike on Monday"]
