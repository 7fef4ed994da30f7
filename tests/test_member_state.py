"""A member of Congress written with the state after the name ("Rep. Dara K. Wells, Md.,"): a person, though
a town is written so too ("Portland, Ore."). Texts written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.area_words import initialled


def test_a_titled_member_with_her_state_after_her_name_stays_a_person() -> None:
    text = ("Lawmakers question the order\n\n\"We were never told,\" said Rep. Dara K. Wells, Md., the panel's "
            "senior Democrat. \"This is a scare tactic,\" added Rep. Tomas B. Ortiz, Nev., who sits on the committee.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Dara K. Wells") == "person", kinds
    assert kinds.get("Tomas B. Ortiz") == "person", kinds


def test_a_middle_initial() -> None:
    assert initialled("Steny H. Hoyer")
    assert not initialled("Oak Grove")
    assert not initialled("Portland")
