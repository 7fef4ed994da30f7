"""A body's name written with and without the place it serves is one actor."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.grouping import Group
from brief.actors.mentions import Mention
from brief.actors.placed_names import join_names_without_place


def _group(name: str, kind: str = "organization") -> Group:
    return Group(name, kind, [Mention(0, 0, 0, len(name), name, name, kind)])


def _joined(*names: str) -> list[str]:
    groups = {("organization", n): _group(n) for n in names}
    groups[("place", "Ohio")] = _group("Ohio", "place")
    join_names_without_place(groups)
    return sorted(g.key for g in groups.values() if g.mentions and g.kind == "organization")


def test_a_bodys_name_without_its_place_is_that_body() -> None:
    assert _joined("Ohio Office of Emergency Management", "Office of Emergency Management") == [
        "Ohio Office of Emergency Management"]


def test_two_places_before_one_name_leave_it_apart() -> None:
    assert _joined("Ohio Department of Health", "Texas Department of Health", "Department of Health") == [
        "Department of Health", "Ohio Department of Health", "Texas Department of Health"]


def test_a_state_party_or_court_is_not_the_national_one() -> None:
    assert _joined("Ohio Democratic Party", "Democratic Party") == ["Democratic Party", "Ohio Democratic Party"]
    assert _joined("Ohio Supreme Court", "Supreme Court") == ["Ohio Supreme Court", "Supreme Court"]


def test_what_opens_with_no_place_is_left_alone() -> None:
    assert _joined("Jazz and Heritage Foundation", "Heritage Foundation") == [
        "Heritage Foundation", "Jazz and Heritage Foundation"]


def test_the_agency_named_with_and_without_its_city_ranks_as_one() -> None:
    actors = actors_of(report_of(
        "Why residents got an alert about a storm\n\n"
        "The Office of Emergency Management sent the alert to every phone in Boston on Monday. "
        "The Boston Office of Emergency Management has sent such alerts four times this year. "
        "The Office of Emergency Management said the storm would reach the coast by noon. "
        "A resident, Maria Lopez, said she had not expected it. The Office of Emergency Management "
        "plans more alerts."))
    names = [a.name for a in actors]
    assert "Office of Emergency Management" not in names, names
    assert names[0] == "Boston Office of Emergency Management", names
