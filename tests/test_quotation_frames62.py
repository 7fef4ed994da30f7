"""Only the quotation is what was said when a colon sets it off from a frame: the source's description after an
inverted cue ("Said Marlowe, who led the inquiry: “...”") and the writer's lead-in before a quotation whose cue
follows it ("Harlow seems to agree: “...,” said Arden")."""

from __future__ import annotations

from tests.written import said_by

INVERTED = """Senators press league on doping report

The committee heard from league officials for three hours on Tuesday.

Said Marlowe, who led the 2006 inquiry: "Our job is not finished. We still need to know what the league will do next."
"""

LEAD_IN = """Storage makers join forces

Quarry Systems will sell the new Brisk array under its own name from March.

Harlow seems to agree: "This is the next step in a strong partnership between Harlow and Quarry," said Pelham Arden, vice president and general manager, Harlow storage, in a statement released this morning.
"""


def test_a_source_described_after_an_inverted_cue_is_not_what_was_said() -> None:
    said = said_by(INVERTED)
    assert said.get("Marlowe") == ['"Our job is not finished. We still need to know what the league will do next."']


def test_the_writers_lead_in_before_a_quotation_is_not_what_was_said() -> None:
    said = said_by(LEAD_IN)
    assert said.get("Pelham Arden") == ['"This is the next step in a strong partnership between Harlow and Quarry,"']
