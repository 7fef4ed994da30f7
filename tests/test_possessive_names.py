"""Bodies named with a possessive ("Murphy's Pub") are one actor, not an owner and a bare head."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.possessive_names import with_possessive_names


def test_a_venue_named_after_its_owner_speaks_as_itself() -> None:
    report = report_of(
        "Pubs in the town of Ballykeel prepared to close on Tuesday night.\n\n"
        "Murphy's Pub said it would stay open for outdoor drinks, and Sheehan's Restaurant warned that "
        "staff would be laid off. Women's Aid said it would campaign for the workers.\n"
    )
    names = {a.name for a in actors_of(report)}
    assert {"Murphy's Pub", "Sheehan's Restaurant", "Women's Aid"} <= names, names
    assert not names & {"Pub", "Restaurant", "Aid"}, names
    assert holders(report, "stay open for outdoor drinks") == ["Murphy's Pub"]


def test_a_place_or_a_leader_keeps_its_possessive_apart() -> None:
    words = "Britain 's National Gallery said Trump 's Justice Department would appeal .".split()
    spans = [(0, 1, "LOC"), (2, 4, "ORG"), (5, 6, "PER"), (7, 9, "ORG")]
    assert with_possessive_names(words, spans) == spans
    words = "In June 's Market Hall fair , Kelly 's Bakery sold out .".split()
    spans = [(3, 5, "ORG"), (7, 8, "PER")]
    assert with_possessive_names(words, spans) == [(3, 5, "ORG"), (7, 10, "ORG")]
