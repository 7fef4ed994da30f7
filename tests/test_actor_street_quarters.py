"""A road named with its quarter after it ("Wellington Street West", "Main Street North", Toronto's and many
towns' style) is an address like the road itself, no actor (articles written for these tests)."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.place_context import street_kind

TOWER = (
    "Developer unveils 38-storey tower plan for King Street site\n\n"
    "A Hamilton developer has unveiled plans for a 38-storey residential tower on the site of the former Kresge "
    "warehouse on King Street West, a few blocks from the Tim Hortons Field stadium.\n\n"
    "Ashgrove-Pell Developments said the tower, designed by the architect Ines Kovac, would have 480 units and a "
    "public plaza. Sales will open in the spring through the brokerage Bayfront Realty.\n\n"
    "\"This is a once-in-a-lifetime site,\" said Lionel Pell, the company's founder. His sister, Maud Pell, who "
    "runs the firm's rental division, said a fifth of the units would be rented at below-market rates.\n\n"
    "Neighbours on Ferrie Street, a row of brick cottages behind the site, are worried about shadows. Heritage "
    "advocate Carol Denning said the tower would \"loom over\" the street.\n\n"
    "Councillor Nadia Rahimi said she would push for more affordable units."
)


def test_a_road_with_its_quarter_is_no_actor() -> None:
    names = {a.name for a in actors_of(report_of(TOWER))}
    assert not any("King Street" in n for n in names), names
    assert "Lionel Pell" in names, names


def test_street_kind_reads_the_quarter_after_the_road() -> None:
    assert street_kind("Queen Street West".split(), []) == ""
    assert street_kind("Stagecoach North".split(), []) is None
