"""An academic's rank written before the title ("an associate professor of ...") makes the description her
role, not the courtesy before her name (session 35), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def test_an_associate_professor_of_a_field_at_a_university_is_the_role_not_dr() -> None:
    text = (
        "Trial finds drug slows decline\n\n"
        "A new drug slowed memory loss in a large trial, researchers said on Monday. "
        '"This is a real step for patients," said Dr. Ilse Varenne, an associate professor of neurology at '
        "Harwick University. "
        "Varenne said patients would need regular scans."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Ilse Varenne"] == "associate professor of neurology at Harwick University"
