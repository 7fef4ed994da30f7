"""What a party wants keeps the bound on its amount ("at least"), on articles written for these tests
(session 35)."""

from __future__ import annotations

from written import said_by


def test_a_demand_for_at_least_an_amount_keeps_at_least() -> None:
    text = (
        "Coastal towns ask for flood money\n\n"
        "The talks in Geneva stalled on Saturday. "
        "The Coastal Towns Alliance wants at least $40 billion a year for sea walls."
    )
    said = said_by(text)
    assert said["Coastal Towns Alliance"] == ["at least $40 billion a year for sea walls"]
