"""A verb's -s form after a bare name is the verb, not a noun of saying in the sentence's subject: "Ashcroft counters
that the industry, which is in a slump, owes the programme" keeps its clause whole, past the relative's commas."""

from __future__ import annotations

from tests.written import said_by

TEXT = """Judges trade barbs over talent show

The producer Lionel Ashcroft says the show has made its judges rich.

Ashcroft counters that the whole record industry, which is in a deep slump, owes the programme a great deal.
"""


def test_a_verb_after_a_bare_name_keeps_its_clause_whole() -> None:
    said = said_by(TEXT)
    assert "that the whole record industry, which is in a deep slump, owes the programme a great deal" in said.get(
        "Lionel Ashcroft", [])
