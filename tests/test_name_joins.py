"""One body written two ways is one actor (brief/actors/name_joins.py): its head first or last, a clipped
plural, without the place that opens it; a person's name with its words clipped. Invented names; each mention placed by its sentence."""

from __future__ import annotations

from brief.actors.grouping import group_mentions
from brief.actors.mentions import Mention


def _at(name: str, at: int, kind: str = "organization") -> Mention:
    return Mention(1, at, at * 100, at * 100 + len(name), name, name, kind)


def _actors(mentions: list[Mention]) -> list[tuple[str, int]]:
    return sorted((g.name, len(g.mentions)) for g in group_mentions(mentions))


def test_a_head_written_first_with_of_or_last_is_one_body() -> None:
    mentions = [_at("Department of Tides", 0), _at("Tides Department", 2), _at("Tides Department", 4)]
    assert len(_actors(mentions)) == 1


def test_a_clipped_plural_is_the_one_longer_plural_it_begins() -> None:
    mentions = [_at("Nordicans", 0), _at("Nords", 2), _at("Nords", 3), _at("Vandals", 4)]
    assert sorted(n for _, n in _actors(mentions)) == [1, 3]


def test_a_body_without_the_place_that_opens_its_name_is_that_body() -> None:
    mentions = [_at("California Tide Commission", 0), _at("Tide Commission", 2), _at("Tide Commission", 3)]
    assert [n for _, n in _actors(mentions)] == [3]
    apart = [_at("California Tide Commission", 0), _at("Oregon Tide Commission", 1), _at("Tide Commission", 2)]
    assert len(_actors(apart)) == 3


def test_a_persons_name_with_each_word_clipped_is_that_person() -> None:
    mentions = [_at("Marisa Kowalczyk", 0, "person"), _at("Mari Kowal", 2, "person"), _at("Ivo Marten", 3, "person")]
    assert _actors(mentions) == [("Ivo Marten", 1), ("Marisa Kowalczyk", 2)]
    apart = [_at("Marisa Kowalczyk", 0, "person"), _at("Maria Kowalski", 1, "person"), _at("Mari Kowal", 2, "person")]
    assert len(_actors(apart)) == 3  # two full names it may clip: neither
    initials = [_at("Jonah Dunne", 0, "person"), _at("Jo Dunne", 2, "person")]
    assert len(_actors(initials)) == 2  # two letters are a name of their own


def test_a_given_name_typed_a_body_is_the_one_person_it_opens() -> None:
    # "Blake had it made for me" tagged an organisation, where the page names Blake Dunmore
    mentions = [_at("Blake Dunmore", 0, "person"), _at("Blake Dunmore", 1, "person"), _at("Blake", 2), _at("Blake", 3)]
    assert _actors(mentions) == [("Blake Dunmore", 4)]
    # a full name named less often than the short one (a middle name written once) is no rival
    rival = [*mentions, _at("Blake Curtis", 4, "person")]
    assert ("Blake Dunmore", 4) in _actors(rival)
    # two people it may open as often: neither
    two = [*mentions, _at("Blake Orrin", 4, "person"), _at("Blake Orrin", 5, "person")]
    assert ("Blake", 2) in _actors(two)


def test_a_word_opening_a_name_not_shown_a_persons_stays_apart() -> None:
    # "Zorbox Live" tagged a person, with no given name and no surname written alone: a product
    mentions = [_at("Zorbox Live", 0, "person"), _at("Zorbox Live", 1, "person"), _at("Zorbox", 2), _at("Zorbox", 3)]
    assert ("Zorbox", 2) in _actors(mentions)
    # a surname written alone shows the person: "Scooter" of Scooter Brannigan
    shown = [_at("Scooter Brannigan", 0, "person"), _at("Brannigan", 1, "person"), _at("Scooter", 2), _at("Scooter", 3)]
    assert _actors(shown) == [("Scooter Brannigan", 4)]
