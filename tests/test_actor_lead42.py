"""Articles written for these tests: a body's voice named with "for" confirming a fact to an outlet."""

from __future__ import annotations

from written import said_by


def test_a_spokesperson_for_a_body_confirming_to_an_outlet_is_the_body_s_statement() -> None:
    text = ("Streamline is closing its audiobook app\n\n"
            "Streamline will shut down its audiobook app in May, the company said on Tuesday. "
            "A spokesperson for Streamline confirmed to 9to5Tech that buyers will keep their books until July.")
    said = said_by(text)["Streamline"]
    assert any(t.startswith("that buyers will keep their books") for t in said)
