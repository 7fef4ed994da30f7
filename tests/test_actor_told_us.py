"""An object pronoun after a telling verb ("told us she now spends ...") is whom the words were told, no part of
what was said (brief/actors/cue_edges.py ``_AUDIENCE_THEN_CLAUSE``).

Why: only nouns of an audience ("reporters", "the media") were cut, so the position read "us she now spends
...". Articles invented for this test.
"""

from __future__ import annotations

from written import said_by


def test_told_us_then_a_clause_starts_at_the_clause() -> None:
    text = ("Heating bills soar\n\n"
            "Gas bills rose again this winter across the county.\n\n"
            "Tomasz Wilk told us he now keeps the heating off until December.")
    said = said_by(text)
    assert any(p.startswith("he now keeps") for p in said.get("Tomasz Wilk", [])), said
