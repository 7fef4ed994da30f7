"""A person's office written alone after "the" ("the Pope urged") is a person, though the tagger typed it a
body; a title that also names a department ("the Justice Department") is not retyped
(brief.actors.office_people). On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def test_the_pope_alone_is_a_person() -> None:
    report = report_of("Vatican appeal\n\nIn Rome, the Pope urged leaders to remember the people living along the "
                       "frontier.")
    assert {a.name: a.kind for a in actors_of(report)}.get("Pope") == "person"
