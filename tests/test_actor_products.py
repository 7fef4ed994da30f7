"""Products, platforms, groups and technologies are not people or bodies that act: on text written for
these tests."""

from __future__ import annotations

import re

from brief.actors.evidence import common_acronyms
from brief.actors.grouping import group_mentions
from brief.actors.kinds import company_context, defined_as_thing, product_context
from brief.actors.mentions import Mention
from brief.actors.thinghood import things_named


def _all(text: str, name: str, kind: str) -> list[Mention]:
    return [Mention(1, 0, m.start(), m.end(), name, name, kind) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]


def _things(text: str, names: dict[str, str]) -> set[str]:
    mentions = sorted((m for name, kind in names.items() for m in _all(text, name, kind)), key=lambda m: m.start)
    return {m.name for m in things_named(text, mentions) if m.medium}


def test_an_acronym_used_as_a_common_noun_stays_a_term_despite_a_possessive() -> None:
    text = ("Labs train huge QML models, and a QML technique helps. Few care about QML's energy use. "
            "Firms use QML daily.")
    assert common_acronyms(text, _all(text, "QML", "organization")) == []


def test_a_name_other_things_are_made_compatible_with_is_a_platform() -> None:
    text = ("Let's start with Velkit. Velkit-compatible devices are few, and Velkit is also only available "
            "on phones. With Velkit, lights talk to each other.")
    assert _things(text, {"Velkit": "organization"}) == {"Velkit"}


def test_a_makers_product_is_a_thing_though_its_name_ends_like_a_studio() -> None:
    text = ("Orvane built the new Tessel Studio. Orvane's Tessel Studio has a hinge, and the Tessel Studio "
            "tilts. The Tessel team met Orvane engineers.")
    names = {"Orvane": "organization", "Tessel Studio": "organization", "Tessel": "organization"}
    assert _things(text, names) == {"Tessel Studio"}


def test_a_product_does_not_take_its_makers_line_as_a_short_name() -> None:
    text = ("Orvane built the new Tessel Studio. Orvane's Tessel Studio has a hinge, and the Tessel Studio "
            "tilts. The Tessel team met Orvane engineers. Tessel said it was proud.")
    names = {"Orvane": "organization", "Tessel Studio": "organization", "Tessel": "organization"}
    mentions = sorted((m for name, kind in names.items() for m in _all(text, name, kind)), key=lambda m: m.start)
    groups = {g.key: g for g in group_mentions(things_named(text, mentions))}
    assert "Tessel" in groups and groups["Tessel"].mentions


def test_a_thing_named_in_apposition_is_a_thing() -> None:
    assert defined_as_thing(", the T-shirt that bridges the gap")
    assert defined_as_thing(", a protocol used by many hubs")
    assert not defined_as_thing(", the film's director, said")
    assert not defined_as_thing(", a drug company, said")


def test_a_name_ending_in_a_plural_of_people_is_a_group() -> None:
    text = "Velmar Girls played in 1982. Fans of Velmar Girls still sing."
    groups = group_mentions(_all(text, "Velmar Girls", "person"))
    assert [(g.key, g.kind) for g in groups] == [("Velmar Girls", "organization")]


def test_what_a_product_costs_or_is_made_of_makes_it_a_product() -> None:
    assert product_context("Buy the ", " ($299) while stocks last")
    assert product_context("", " costs $1,299 in the US")
    assert product_context("the ", "'s screen is bright")
    assert not product_context("Orvane bought ", " for $2bn")
    assert not product_context("", "'s battery plant opened")


def test_a_team_at_a_place_shaped_name_is_at_a_body() -> None:
    assert company_context("a team at ", " found that")
    assert not company_context("a team from ", " won")


def test_a_part_named_after_its_player_and_as_or_after_the_character_is_a_character() -> None:
    from brief.actors.characters import character_names

    text = ("The cast: Tomas Brel as Kestrel Vane, Ana Ortiz as Mira Dace and Jane Roe as First Lady. Tom Reyes "
            "as Acme chief. He loved the character Jorvik, and her character Ilsa Marr.")
    names = ["Tomas Brel", "Kestrel Vane", "Ana Ortiz", "Mira Dace", "Jane Roe", "First Lady", "Tom Reyes",
             "Acme", "Jorvik", "Ilsa Marr"]
    spans = [(n, m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), text)]
    assert character_names(text, spans) == {"Kestrel Vane", "Mira Dace", "Jorvik", "Ilsa Marr"}


def test_an_acronym_after_a_quantity_is_a_unit_or_the_stuff_measured() -> None:
    text = "The plant makes 4.2 KW a day. The Velmor laptop has 32GB of ZRM, and 16GB DDR3 ZRM in the dock."
    assert common_acronyms(text, _all(text, "KW", "organization") + _all(text, "ZRM", "organization")) == []
    teams = "Dorne won 3 VBA titles. The VBA trophy came in 2019 VBA play."
    assert common_acronyms(teams, _all(teams, "VBA", "organization"))  # a count of titles, a year: the league stays


def test_an_acronym_the_text_writes_in_the_plural_is_a_common_noun() -> None:
    text = "The QPU runs hot, and the QPU stays loud. Two QPUs came in the box."
    assert common_acronyms(text, _all(text, "QPU", "organization")) == []
    body = "The VBI said the raid was lawful. The VBI and the VBIs of other lands agree."  # the VBI speaks
    assert common_acronyms(body, _all(body, "VBI", "organization"))


def test_an_acronym_spelled_out_after_it_in_lower_case_is_a_term() -> None:
    from brief.actors.evidence import defined_terms

    text = "The screen has HDX (high dimming xenon light) support. The HDX looks bright."
    mentions = _all(text, "HDX", "organization")
    assert defined_terms(text, mentions, str.islower) == []
    body = "The VBI (Velmora Bureau of Investigation) raided the farm."
    assert defined_terms(body, _all(body, "VBI", "organization"), str.islower)


def test_an_acronym_of_a_standard_or_a_part_is_a_term_however_the_text_writes_it() -> None:
    text = ("The Tessel 9 pairs the CPU and GPU on one die. The HDMI port is gone; the modem works on GSM and "
            "CDMA networks, and the bank reports under GAAP.")
    names = ("CPU", "GPU", "HDMI", "GSM", "CDMA", "GAAP")
    mentions = sorted((m for name in names for m in _all(text, name, "organization")), key=lambda m: m.start)
    assert common_acronyms(text, mentions) == []
    speaking = "GSM said the network would close."  # a name that speaks is whoever bears it, not the standard
    assert common_acronyms(speaking, _all(speaking, "GSM", "organization"))
    led = "Led by Ana Ruiz, the team won."  # the closed class is read as written: "Led" is no "LED"
    assert common_acronyms(led, _all(led, "Led", "person"))


def test_a_models_grade_after_its_number_is_no_name() -> None:
    from brief.actors.kinds import model_suffix

    assert model_suffix(["Pro"], ["Nimbus", "7"])
    assert model_suffix(["Ultra"], ["Galaxy", "S24"])
    assert not model_suffix(["Pro"], ["won", "3"])  # "won 3 Pro titles": a count, no model
    assert not model_suffix(["Prosser"], ["Nimbus", "7"])
