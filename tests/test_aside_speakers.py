"""A speaker the source tagger left out before an aside that says where she wrote ("Music critic X,
writing for the Dunmere Post, called the tour ..."), and a stance named in one word after an auxiliary
("has denied wrongdoing")."""

from __future__ import annotations

from tests.written import actors_of, report_of, said_by

TOUR = """Stadium tour ends in record week

Music critic Ada Quinn, writing for the Dunmere Post, called the tour "a cultural reset" for the city.

The Justice Department has accused the promoter Harlow Live of running an illegal monopoly over ticketing.

Harlow Live has denied wrongdoing.
"""


def test_subject_before_a_writing_aside_speaks() -> None:
    assert said_by(TOUR).get("Ada Quinn") == ['the tour "a cultural reset" for the city']
    assert {a.name: a.role for a in actors_of(report_of(TOUR))}.get("Ada Quinn") == "Music critic"


def test_stance_after_an_auxiliary_is_a_position_though_one_word() -> None:
    said = said_by(TOUR)
    assert any(texts == ["wrongdoing"] for name, texts in said.items() if "Harlow Live" in name)
