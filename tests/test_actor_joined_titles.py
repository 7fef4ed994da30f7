"""Two titles joined by "and" before the body they are of ("Chairman and Chief Executive Officer of X") are the
person's role (brief/actors/joined_titles.py).

Why: the role reader looked for the office at the description's head, found "Chairman" with no "of" after it, read
a short description, found it too long, and gave the person no role. Articles invented for this test.
"""

from __future__ import annotations

from written import actors_of, report_of


def test_chairman_and_chief_executive_of_a_firm_is_the_role() -> None:
    text = ("Mill to reopen\n\n"
            "The old paper mill in Dunmore will reopen next year with 300 workers, the council said on Monday.\n\n"
            "\"We are proud to bring jobs back,\" said Theo Okafor, Chairman and Chief Executive Officer of "
            "Brightwater Paper Holdings Limited.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Theo Okafor" in actors, list(actors)
    role = actors["Theo Okafor"].role
    assert "Chairman" in role and "Brightwater Paper" in role, role
