"""A body's rank and file speak for themselves, not for the body (describing.describes_people)."""

from __future__ import annotations

from tests.written import holders, report_of

STRIKE = """Planemaker's strike ends after seven weeks

The strike at the planemaker's factories ended on Monday after seven weeks of talks.

Thousands of Aerovane workers have voted to accept a 38 percent pay rise over four years.

Aerovane officials said the offer was final. Aerovane said production would resume within days. Aerovane staff reported that the first jets would leave the line in March.

Students raised worries about the plant's safety record at a town hall meeting.
"""


def test_a_bodys_workers_are_not_the_body() -> None:
    report = report_of(STRIKE)
    assert "Aerovane" not in holders(report, "38 percent pay rise")
    assert holders(report, "the offer was final") == ["Aerovane"]
    assert holders(report, "production would resume") == ["Aerovane"]
    assert holders(report, "first jets would leave the line") == ["Aerovane"]  # its staff report for it
