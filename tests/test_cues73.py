"""Cue words whose complement or object makes them a deed give no position (brief.actors.deed_complements,
brief.actors.object_deeds, brief.actors.deed_objects): "did so", an object reached "by" an act,
"committed" a wrong, an announcement that "may" come, a country attacked, gifts declared; while the same verbs
with a statement keep theirs. On articles written for these tests."""

from __future__ import annotations

from written import cues_by

HEAD = "Valley council in turmoil\n\n"


def _texts(cues: dict[str, list[tuple[str, str]]], name: str) -> list[str]:
    return [text for _, text in cues.get(name, [])]


def test_do_so_is_no_position() -> None:
    cues = cues_by(HEAD + "Thabo Berg has granted police chief Ivan Kolar leave. He did so after acting prosecutions "
                          "head Lena Moss told Berg of the pending criminal prosecution of Kolar \"a few days ago\".")
    assert not any("after acting prosecutions" in text for text in _texts(cues, "Thabo Berg"))


def test_an_object_reached_by_an_act_is_a_deed() -> None:
    cues = cues_by(HEAD + "In March, Norway supported the United Nations by intervening in the war in Lakeland and "
                          "Lakeland subsequently restricted shipping.")
    assert not any("by intervening" in text for text in _texts(cues, "Norway"))
    said = cues_by(HEAD + "Rovers manager Dan Hollis said his side committed suicide by conceding late goals.")
    assert any("by conceding late goals" in text for text in _texts(said, "Dan Hollis"))
    plan = cues_by(HEAD + "Premier Alma Kovac proposed paying for the new rail bridge by raising the fuel levy.")
    assert any("by raising the fuel levy" in text for text in _texts(plan, "Alma Kovac"))


def test_a_wrong_committed_is_no_pledge() -> None:
    cues = cues_by(HEAD + "For the sixth time in the eight league matches since Hollis took over, Rovers committed "
                          "football suicide by conceding a goal between the 82nd and 90th minutes.")
    assert not any("football suicide" in text for name in cues for text in _texts(cues, name))
    pledged = cues_by(HEAD + "Premier Alma Kovac committed her government to rebuilding the rail bridge within a "
                             "year. Kovac also committed to publishing the costs of the bridge every month.")
    assert any("publishing the costs" in text for text in _texts(pledged, "Alma Kovac"))


def test_an_announcement_that_may_come_is_no_position() -> None:
    cues = cues_by(HEAD + "It was understood Premier Alma Kovac may announce emergency relief measures, including "
                          "state and federal disaster relief.")
    assert not any("emergency relief measures" in text for text in _texts(cues, "Alma Kovac"))


def test_a_country_attacked_is_a_strike_but_criticism_stays() -> None:
    cues = cues_by(HEAD + "Chile and Peru attacked Bolivia in late February and Bolivia subsequently closed its "
                          "border to lorries.")
    assert not any("in late February" in text for name in cues for text in _texts(cues, name))
    critic = cues_by(HEAD + "Senator Paul Mercer attacked China in May over its steel subsidies, saying they cost jobs.")
    assert any("over its steel subsidies" in text for text in _texts(critic, "Paul Mercer"))


def test_gifts_declared_are_registered_not_said() -> None:
    cues = cues_by(HEAD + "Premier Alma Kovac declared the gifts to her husband, thought to have been worth about "
                          "5,000 pounds, in the register last week.")
    assert not any("the gifts" in text for text in _texts(cues, "Alma Kovac"))
    stated = cues_by(HEAD + "Premier Alma Kovac declared that the valley would get a new bridge within a year.")
    assert any("a new bridge" in text for text in _texts(stated, "Alma Kovac"))


def test_features_a_product_supports_are_no_stance() -> None:
    cues = cues_by(HEAD + "The Vessel 40 array from Harbour Storage supports Harbour's leading replication software "
                          "and costs 8,000 dollars.")
    assert not any("replication software" in text for said in cues.values() for _, text in said)
    stance = cues_by(HEAD + "Councillor Ines Marrow supports the plan to rebuild the rail bridge within a year.")
    assert any("rebuild the rail bridge" in text for text in _texts(stance, "Ines Marrow"))


def test_an_attack_by_a_saying_keeps_its_position() -> None:
    cues = cues_by(HEAD + "Councillor Ines Marrow attacked Mayor Hilda Varga by reminding voters that the ferry "
                          "contract had cost the valley 30 jobs.")
    assert any("30 jobs" in text for said in cues.values() for _, text in said)
