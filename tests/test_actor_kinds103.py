"""The top five's kinds and entries (session 63, kinds103): people counted by a number, a country's government
written bare, a shore town the tagger half read as a body, on articles written for these tests."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of

from brief.actors.mentions import Mention
from brief.actors.placehood import unplaced_places


def test_people_counted_in_millions_are_no_group() -> None:
    text = (
        "A video of the Lorvan Bridge collapse has spread quickly online since Monday.\n\n"
        "A record-breaking four million people commented on the clip within a day.\n\n"
        "Mayor Tessa Brandt said an inquiry would begin on Friday. \"We owe the families answers,\" she said."
    )
    kinds = kinds_of(text)
    assert not any("million" in name or name == "people" for name in kinds)
    assert kinds.get("Tessa Brandt") == "person"


def test_a_number_before_people_of_a_line_of_work_leaves_the_people() -> None:
    text = (
        "Storm leaves the valley without power\n\n"
        "Four million farmers said the storm had ruined the harvest. "
        "Mayor Tessa Brandt said help was on its way."
    )
    kinds = kinds_of(text)
    assert kinds.get("farmers") == "group"
    assert "million farmers" not in kinds


def test_a_bare_government_is_the_country_whose_government_the_article_named() -> None:
    text = (
        "Solar duties to fall\n\n"
        "Chile will cut import duties on solar panels from April, officials said on Monday.\n\n"
        "The Chilean government has been under pressure from makers who say cheap imports hurt them.\n\n"
        "The government said the cut would lower power prices. \"Clean energy must be cheaper,\" said Ravi Menon, "
        "a trade adviser."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Government" not in actors
    assert any("lower power prices" in p.text for a in actors.values() if a.kind == "place" for p in a.positions)


def test_a_bare_government_stays_apart_where_two_countries_governments_are_named() -> None:
    text = (
        "Border talks stall\n\n"
        "The Chilean government and the Peruvian government met on Monday to settle the border.\n\n"
        "The government said the talks would resume in May. Envoy Ravi Menon said both sides were tired."
    )
    actors = actors_of(report_of(text))
    assert not any("resume in May" in p.text for a in actors if a.kind == "place" for p in a.positions)


def test_a_shore_town_the_tagger_read_as_a_body_at_some_writings_is_a_place() -> None:
    text = ("Five crew members were flown to Coral Heights to help. Coral Heights remains cut off by road. "
            "Coral Heights still had electricity.")
    at = [i for i in range(len(text)) if text.startswith("Coral Heights", i)]
    kinds = ["place", "organization", "organization"]
    mentions = [Mention(0, 0, i, i + 13, "Coral Heights", "Coral Heights", k) for i, k in zip(at, kinds)]
    assert [m.kind for m in unplaced_places(text, mentions)] == ["place", "place", "place"]


def test_a_company_named_for_a_shore_stays_a_body() -> None:
    text = ("Coral Heights Resorts Inc said profits rose. Shares of Coral Heights Resorts Inc fell in Sydney. "
            "Coral Heights Resorts Inc hired staff.")
    at = [i for i in range(len(text)) if text.startswith("Coral Heights Resorts Inc", i)]
    mentions = [Mention(0, 0, i, i + 25, "Coral Heights Resorts Inc", "Coral Heights Resorts Inc", k)
                for i, k in zip(at, ["organization", "place", "organization"])]
    assert [m.kind for m in unplaced_places(text, mentions)][0] == "organization"


def test_a_place_only_ever_a_setting_past_the_lead_is_not_listed() -> None:
    text = (
        "Museum names new director\n\n"
        "The National Textile Museum has named Clara Voss as its new director, the museum said on Monday. "
        "Voss, 48, will start in March.\n\n"
        "She ran a small gallery in Leeds for ten years before she joined the museum's board. "
        "Her husband teaches at a school in Leeds.\n\n"
        "\"I am thrilled to lead it,\" Voss said."
    )
    kinds = kinds_of(text)
    assert "Leeds" not in kinds
    assert kinds.get("Clara Voss") == "person"


def test_a_setting_the_lead_names_is_still_listed() -> None:
    text = (
        "Storm damage\n\n"
        "Floods cut roads in Leeds on Monday, and emergency crews worked through the night in Leeds. "
        "Crew chief Clara Voss said the water was falling."
    )
    assert kinds_of(text).get("Leeds") == "place"
