"""People a story does not name ("three people familiar with the discussions", then "the people said") are no
group actor of their own (session 35); on an article written for this test."""

from __future__ import annotations

from written import actors_of, report_of


def test_unnamed_people_familiar_with_talks_are_no_actor() -> None:
    text = (
        "Chipmaker drew up plans to move output\n\n"
        "Kestrel Semiconductor drew up plans to move some production abroad, according to three people familiar "
        "with the discussions. The plans were shown to the board in March, the people said. "
        "Kestrel Semiconductor said it does not comment on speculation."
    )
    names = {a.name.lower() for a in actors_of(report_of(text))}
    assert "people" not in names
    assert "kestrel semiconductor" in names
