"""A body's name with its head word moved, or its first word clipped, is the same body."""

from __future__ import annotations

from brief.actors.body_forms import join_clipped_names
from brief.actors.grouping import Group
from brief.actors.mentions import Mention


def _groups(*named: tuple[str, int]) -> dict[tuple[str, str], Group]:
    """Organisations by name, each first named at the given offset."""
    return {("organization", n): Group(n, "organization", [Mention(0, 0, at, at + len(n), n, n, "organization")])
            for n, at in named}


def _kept(groups: dict[tuple[str, str], Group]) -> list[str]:
    return sorted(g.key for g in groups.values() if g.mentions)


def test_a_clipped_first_word_after_the_full_name_names_that_body() -> None:
    groups = _groups(("Federal Reserve", 0), ("Fed", 50), ("Federal Reserve and Treasury Department", 70),
                     ("Federal Open Market Committee", 90))
    groups[("organization", "Federal Open Market Committee")].mentions.append(Mention(0, 1, 95, 99, "FOMC", "FOMC", "organization"))
    join_clipped_names(groups)
    assert _kept(groups) == ["Federal Open Market Committee", "Federal Reserve", "Federal Reserve and Treasury Department"]


def test_a_clipping_before_the_full_name_or_fitting_two_is_left_alone() -> None:
    groups = _groups(("Fed", 0), ("Federal Reserve", 50))
    join_clipped_names(groups)
    assert _kept(groups) == ["Fed", "Federal Reserve"]
    groups = _groups(("Federal Reserve", 0), ("Federal Bureau", 10), ("Fed", 50))
    join_clipped_names(groups)
    assert _kept(groups) == ["Fed", "Federal Bureau", "Federal Reserve"]


def test_a_word_of_a_compound_is_no_clipping() -> None:
    groups = _groups(("MacBook Pro", 0), ("Mac", 50))
    join_clipped_names(groups)
    assert _kept(groups) == ["Mac", "MacBook Pro"]
