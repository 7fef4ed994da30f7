"""The top five's entries and order (session 64, kinds106): two names set against each other with "v.", a
body's second name after a slash, a body's spokesman or staff member ranked above it, on articles written for
these tests."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.versus_names import without_versus


def _ranked(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in sorted(actors_of(report_of(text)), key=lambda a: a.salience)]


def test_a_name_against_another_with_v_is_two_names() -> None:
    text = (
        "The Dave v. Brennan fight is on.\n\n"
        "Anyone who saw the sniping between the two campaigns knew there was bad blood. With Brennan gaining "
        "ground in Ohio, a brawl was bound to happen. Dave Collins began the escalation, and Brennan answered "
        "with an ad.\n\n"
        "\"He is a phony,\" Brennan said."
    )
    names = [name for name, _ in _ranked(text)]
    assert not any(" v. " in name for name in names)
    assert "Dave Collins" in names


def test_the_versus_cut_keeps_each_side_with_the_label() -> None:
    words = "The Chelsea v Arsenal match ended level".split()
    assert without_versus(words, [(1, 4, "ORG")]) == [(1, 2, "ORG"), (3, 4, "ORG")]
    assert without_versus(words, [(1, 2, "ORG")]) == [(1, 2, "ORG")]


def test_a_slashed_second_name_is_the_body_named_before() -> None:
    text = (
        "The Northern Lions and a breakaway group, the Kanto Rasa Veda (KRV), continue to recruit children, the "
        "report said.\n\n"
        "The KRV/Moro faction, which split from the Northern Lions, has failed to release the children, "
        "Secretary-General Ana Ruiz said. The KRV/Moro faction denied it."
    )
    names = [name for name, _ in _ranked(text)]
    assert "KRV/Moro" not in names
    assert "Kanto Rasa Veda" in names


def test_a_body_ranks_where_its_staff_member_would() -> None:
    text = (
        "Cold snap to bring hard freeze\n\n"
        "Some of the coldest air of the season is expected to reach the coast by Wednesday night.\n\n"
        "Lows are expected to dip to near 20 degrees, according to Ken Darrow, a meteorologist with the "
        "Coastal Weather Office.\n\n"
        "Inland areas could drop into the teens, Darrow said. Warmer air should return on Friday, Darrow said.\n\n"
        "The Coastal Weather Office issued a freeze watch for Thursday."
    )
    names = [name for name, _ in _ranked(text)]
    assert names.index("Coastal Weather Office") < names.index("Ken Darrow")
