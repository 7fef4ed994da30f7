"""Kinds of actors on business and labour pages written for these tests: a body named once, set off by an
apposition that ranks it among its country's bodies ("X, Ruritania's biggest farm lobby, said")."""

from __future__ import annotations

from written import actors_of, report_of


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in actors_of(report_of(text))}


def test_a_name_ranked_among_its_countrys_bodies_is_a_body_not_a_town() -> None:
    text = ("Growers and lenders react to levy\n\n"
            "Ovrakel, Portugal's biggest growers' lobby, said it hoped the levy would be dropped. Tremlin, Ghana's "
            "oldest bank, said it expected rates to fall. Dunsoro, the country's second-largest miners' union, "
            "warned members would strike. Officials in Lisbon said talks would resume.")
    kinds = _kinds(text)
    assert kinds.get("Ovrakel") == "organization"
    assert kinds.get("Tremlin") == "organization"
    assert kinds.get("Dunsoro") == "organization"
    assert kinds.get("Lisbon") == "place"


def test_a_town_before_its_province_is_still_a_place() -> None:
    text = ("Flooding closes roads\n\n"
            "Water rose across Kelbrook, Ontario, on Monday. A spokesperson in Kelbrook said crews were working "
            "through the night. Kelbrook, Ontario, had seen no flood like it.")
    assert _kinds(text).get("Kelbrook") != "organization"


def test_a_ranking_apposition_reads_only_a_body_noun() -> None:
    from brief.actors.body_appositions import ranked_body  # noqa: PLC0415 (a new rule: its baseline has none)

    assert ranked_body(", Kenya's biggest lender by assets, said", ["Halvo"])
    assert ranked_body(", the world's most valuable carmaker, said", ["Ardent"])
    assert ranked_body(", Japan's biggest business lob", ["Halvo"]) is False  # a window cut inside its noun
    assert not ranked_body(", Hollywood's biggest star, said", ["Maren"])  # a person's rank
    assert not ranked_body(", Kenya's biggest union's boss, said", ["Ann", "Reyes"])
    assert not ranked_body(", Kenya's biggest union, said", ["Ann", "Reyes"])  # a given name first: a person's
