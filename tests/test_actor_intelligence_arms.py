"""A country's military intelligence speaks as a body of its own, as its army does: "Ukraine's military
intelligence said" was the state's word, "The Ukrainian military intelligence said" nobody's (session 43,
leads48). On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def test_a_countrys_military_intelligence_is_a_body_not_the_state() -> None:
    text = (
        "Airbase struck in Crimea\n\n"
        "Georgia's military intelligence said on Sunday that its agents had sabotaged a radar station near the "
        "border. Russia's defence ministry said its air defences had shot down 14 drones."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("sabotaged a radar" in t for t in said.get("Georgia's military intelligence", []))
    assert not any("sabotaged a radar" in t for t in said.get("Georgia", []))


def test_a_demonyms_defence_intelligence_is_a_body() -> None:
    text = (
        "Fuel depot hit\n\n"
        "The Lithuanian defence intelligence said on Monday that a fuel depot near the port had been struck "
        "by two drones. Officials in Vilnius declined to comment."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("fuel depot" in t for t in said.get("Lithuanian defence intelligence", []))
