"""Shapes found on written probes (session 43 round 2, left49b): a title after a party's name that holds a bracket
("JD(S) leader"), a lower-case party noun before "'s" ("the Left party's co-leader") or an ampersand ("J&J chief
executive"); a body named only where it opens a sentence and declines to comment; a participle joined by "and" to
a participle of effect ("..., giving X a boost and highlighting ..."), each on an article written for this test."""

from __future__ import annotations

from written import actor_named, actors_of, report_of, said_by

_ROLES = (
    "Growers march on the capital\n\n"
    "Growers marched through the capital on Tuesday against a new irrigation levy. "
    "CPI(M) leader Arun Kesavan said the levy would ruin small farms in the hill districts. "
    "The Green party's co-leader Mira Solberg said the ministry had ignored the growers for years. "
    "P&G chief executive Dana Whitlow said the company would keep buying from the region."
)


def test_a_bracket_inside_a_party_name_stays_in_the_title() -> None:
    assert actor_named(report_of(_ROLES), "Arun Kesavan").role == "CPI(M) leader"


def test_a_lower_case_party_noun_before_its_owner_mark_stays_in_the_title() -> None:
    assert actor_named(report_of(_ROLES), "Mira Solberg").role == "Green party's co-leader"


def test_an_ampersand_name_stays_in_the_title() -> None:
    assert actor_named(report_of(_ROLES), "Dana Whitlow").role == "P&G chief executive"


_DECLINED = (
    "Flights cut over fuel costs\n\n"
    "Two carriers have cut winter flights to the islands, the tourism board said on Monday. "
    "Qatarair declined to comment on the cuts. Vueling refused to comment."
)


def test_a_body_declining_to_comment_at_an_opening_is_named() -> None:
    names = {a.name for a in actors_of(report_of(_DECLINED))}
    assert {"Qatarair", "Vueling"} <= names


_JOINED = (
    "Oslo backs port deal\n\n"
    "Oslo announced on Friday that it would back the port deal, giving Lisbon a lift and highlighting divisions "
    "between Oslo and Berlin. Oslo also said it would send a trade delegation to Lisbon in the spring."
)


def test_a_participle_joined_to_one_of_effect_is_no_position() -> None:
    said = said_by(_JOINED)
    assert not any(t.startswith("divisions") for texts in said.values() for t in texts)
    assert any("back the port deal" in t for texts in said.values() for t in texts)
