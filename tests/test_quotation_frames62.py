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

Until this year, the Quarry plant had never used backup generators: "Our engineers always thought the grid was enough," said the plant's manager, Ines Morrow.

Harlow seems to agree: "This is the next step in a strong partnership between Harlow and Quarry," said Pelham Arden, vice president and general manager, Harlow storage, in a statement released this morning.
"""


def test_a_source_described_after_an_inverted_cue_is_not_what_was_said() -> None:
    said = said_by(INVERTED)
    assert said.get("Marlowe") == ['"Our job is not finished. We still need to know what the league will do next."']


def test_the_writers_lead_in_before_a_quotation_is_not_what_was_said() -> None:
    said = said_by(LEAD_IN)
    assert said.get("Pelham Arden") == ['"This is the next step in a strong partnership between Harlow and Quarry,"']


def test_a_lead_in_that_reports_a_fact_stays_with_the_quotation() -> None:
    """A guard beside the rule: a lead-in of fact may be the speaker's own account, and was kept before it."""
    said = said_by(LEAD_IN)
    assert any(text.startswith("Until this year") for text in said.get("Ines Morrow", []))
