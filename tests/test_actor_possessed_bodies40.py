"""A body named in lower case by whose it is ("The growers' association rejected", "the city's parks
department said") speaks as an organisation named by those words, past the source tagger's cut after the
plural possessive, and a second such body is not taken for the first: brief.actors.possessed_bodies, on
articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

_LEVY = ("Port levy dispute\n\n"
         "The growers' association rejected the new port levy on Monday. The hauliers' federation said the levy "
         "was unfair to small firms. The dockers' union said it would strike in May.\n\n"
         "The city's parks department said the quay gardens would stay open. The county's roads office warned of "
         "delays on the coast road.\n")


def test_a_members_body_speaks_under_its_own_name() -> None:
    report = report_of(_LEVY)
    assert holders(report, "the new port levy") == ["Growers' Association"]
    assert holders(report, "unfair to small firms") == ["Hauliers' Federation"]
    assert holders(report, "would strike in May") == ["Dockers' Union"]


def test_a_places_public_body_speaks_under_its_portfolio() -> None:
    report = report_of(_LEVY)
    assert holders(report, "gardens would stay open") == ["Parks Department"]
    assert holders(report, "the coast road") == ["Roads Office"]


def test_a_possessive_of_no_people_names_no_body() -> None:
    text = "Port news\n\nThe harbour was busy on Monday. The ships' council said the quay was full.\n"
    assert "Ships' Council" not in holders(report_of(text), "the quay was full")


def test_a_places_main_opposition_party_is_a_body_of_its_own() -> None:
    """brief.actors.place_bodies.RANKED_BODIES: "Moldova's main opposition party" speaks, not Moldova, and not no one."""
    text = ("Budget vote\n\nCHISINAU - Moldova's main opposition party rejected the draft budget on Friday and said "
            "it would cut rural pensions.\n")
    report = report_of(text)
    assert holders(report, "cut rural pensions") == ["Moldova's main opposition party"]
    assert holders(report, "the draft budget") == ["Moldova's main opposition party"]
