"""A post given with "to become" may be named with its owner ("to become the school’s next head coach"): still an
appointment, no demand (session 39, from the position gold's deed shape), on an article written for this test."""

from __future__ import annotations

from written import actors_of, report_of


def test_promoting_someone_to_become_the_schools_next_coach_is_no_demand() -> None:
    """The post after "to become" may be owned ("the school’s next head coach"): still an appointment."""
    text = (
        "Lakeport names coach\n\n"
        "Lakeport University has promoted defensive coordinator Rina Okafor to become the school’s next head coach. "
        "Okafor said she was honoured."
    )
    cues = [p.cue for a in actors_of(report_of(text)) for p in a.positions]
    assert not any("promoted" in c for c in cues)
    assert "said" in cues
