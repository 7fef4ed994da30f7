"""Statements under the wrong actor or no one: a cue inside a bracketed relative clause after a name
("Tom Hale (who said ...) resigned"), ..."""

from __future__ import annotations

from written import said_by


def test_cue_in_bracketed_relative_clause_is_the_names() -> None:
    said = said_by("Charity chief quits\n\nPiet Varlow (who said he had warned the trustees) resigned on Monday "
                   "from the Hollin Trust. The trust thanked him for his work.")
    assert said.get("Piet Varlow") == ["he had warned the trustees"]


def test_bracketed_relative_after_described_name() -> None:
    said = said_by("Minister steps down\n\nThe minister, Adaeze Kolawole (who said she had no regrets), stepped "
                   "down on Friday after a row over spending.")
    assert said.get("Adaeze Kolawole") == ["she had no regrets"]
