"""A leader named only as a rival's object, then "the prime minister said" (brief/actors/leader_offices.py)."""

from __future__ import annotations

from tests.written import holders, report_of


def test_office_holder_named_as_a_rivals_object() -> None:
    report = report_of(
        "Ruto faces heat over housing levy\n\n"
        "Opposition leader Kalonzo Musyoka criticised William Ruto over the housing levy at a rally in Machakos.\n\n"
        "The president said the levy would give thousands of young people jobs and homes.\n"
    )
    assert holders(report, "the levy would give thousands") == ["William Ruto"]


def test_suspect_named_as_an_object_is_no_office_holder() -> None:
    report = report_of(
        "John Smith charged over warehouse fire\n\n"
        "Sheriff Tom Dart arrested John Smith on Friday after a fire destroyed a warehouse in Joliet.\n\n"
        "The governor said the state would help the workers who lost their jobs.\n"
    )
    assert "John Smith" not in holders(report, "the state would help the workers")
