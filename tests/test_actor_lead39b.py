"""Shapes found by the lead probing more styles after the first landing (session 38), each on text written for these
tests:
- "said Mindy Rowe, director of the Center for Civic Studies at the University of Southern Alberta.": an office and
  the body it is of run to thirteen words before the stop, and are the role (roles.MAX_OFFICE_OF_WORDS).
"""

from __future__ import annotations

from written import actors_of, report_of


def test_a_long_office_of_a_body_is_the_role() -> None:
    report = report_of(
        "Mayor concedes\n\nThe mayor conceded on Wednesday. \"Housing was the whole election,\" said Mindy Rowe, "
        "director of the Center for Civic Studies at the University of Southern Alberta.\n")
    role = {a.name: a.role for a in actors_of(report)}.get("Mindy Rowe")
    assert role == "director of the Center for Civic Studies at the University of Southern Alberta"
