"""A place's allies qualified by a demonym ("Veloria's European allies ... condemned") are outsiders who speak about
it, not its voice (brief.actors.name_heads.describes_head), on an article written for this test."""

from __future__ import annotations

from written import said_by

_STRIKE = (
    "Missile strike on Veloria draws condemnation\n\n"
    "Ostrana fired a new long-range missile at a power station in eastern Veloria overnight, Veloria's energy ministry "
    "said on Sunday.\n\n"
    "Veloria's European allies, including France's Emmanuel Macron and Germany's Friedrich Merz, condemned the strike "
    "and the use of the missile in statements published on Sunday.\n\n"
    "Kaja Kallas, the European Union's foreign policy chief, said ministers would meet within days to discuss new "
    "sanctions.\n"
)


def test_a_places_qualified_allies_are_not_its_voice() -> None:
    said = said_by(_STRIKE)
    assert not any("condemn" in t or "use of the missile" in t for t in said.get("Veloria", []))
    assert said.get("Kaja Kallas")
