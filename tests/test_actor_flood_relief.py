"""Shapes of a storm-relief story (session 37, the lead's probe): a utility named for the state it serves is a body
and leaves the state a place; a shelter its apposition describes is a body; a party leader keeps the party in his
title; and what was said inside a clause fronted by a time phrase ("On the day that", "Hours after") or a reason
("Because") ends where the main clause begins. On an article written for these tests."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of, said_by

_FLOOD = (
    "Flood relief stalls\n\n"
    "BATON ROUGE — The Amite River rose two feet overnight, and Corvane Louisiana said crews would work until dawn "
    "to restore power.\n\n"
    '"We are praying for the people of Louisiana," Bishop Paul Arceneaux said in a statement.\n\n'
    "Casa Paloma, a shelter in Gonzales, said it had run out of cots. Velour Tide, a family-run bakery that feeds "
    "the volunteers, said it would stay open all night.\n\n"
    "Labour party leader Dev Raman said the government had failed to prepare.\n\n"
    "On the day that Governor Jean Toussaint said he would seek federal aid, the river crested. Hours after the "
    "state agency said it would open the spillway, the levee broke. Because Mayor Lise Broussard said the town was "
    "safe, few people left."
)


def test_a_utility_named_for_its_state_is_a_body_and_the_state_stays_a_place() -> None:
    kinds = kinds_of(_FLOOD)
    assert kinds["Corvane Louisiana"] == "organization"
    assert kinds.get("Louisiana") != "person"
    assert any("crews would work until dawn" in t for t in said_by(_FLOOD)["Corvane Louisiana"])


def test_a_name_its_apposition_calls_a_shelter_or_a_bakery_is_a_body() -> None:
    kinds = kinds_of(_FLOOD)
    assert kinds["Casa Paloma"] == "organization"
    assert kinds["Velour Tide"] == "organization"


def test_a_party_leader_keeps_the_party_in_the_title() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(_FLOOD))}
    assert roles["Dev Raman"] == "Labour party leader"


def test_what_was_said_in_a_fronted_clause_ends_before_the_main_clause() -> None:
    said = said_by(_FLOOD)
    assert said["Jean Toussaint"] == ["he would seek federal aid"]
    assert said["Lise Broussard"] == ["the town was safe"]
    assert not any("the levee broke" in t for texts in said.values() for t in texts)


_MARKETS = (
    "Markets to be rebuilt\n\n"
    "The Benue State Governor, Idris Wakili, has vowed to rebuild the markets destroyed by the flood.\n\n"
    "Wakili said the state would release N3bn for the work.\n\n"
    "The Chairman of the Makurdi Traders Union, Alhaji Sani Garba, urged the government to pay the victims.\n\n"
    "The party's spokesman, Mr. Tunde Eze, said the governor had ignored earlier warnings.\n\n"
    "Reacting, the Commissioner for Information, Mrs. Ngozi Ume, said the party was playing politics.\n\n"
    "State Sen. Carl Mott said the budget was unfair. The state said it would appeal the ruling."
)


def test_a_courtesy_between_the_office_and_the_name_leaves_the_office_the_role() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(_MARKETS))}
    assert roles["Sani Garba"] == "Chairman of the Makurdi Traders Union"
    assert roles["Tunde Eze"] == "spokesman"
    assert roles["Ngozi Ume"] == "Commissioner for Information"
    assert roles["Carl Mott"] == "State Sen."


def test_a_spokesman_named_with_a_courtesy_after_a_possessive_speaks() -> None:
    assert any("ignored earlier warnings" in t for t in said_by(_MARKETS)["Tunde Eze"])


def test_the_state_is_no_one_whose_title_holds_the_word() -> None:
    actors = {a.name: a for a in actors_of(report_of(_MARKETS))}
    assert not any(alias.lower() == "the state" for a in actors.values() for alias in a.aliases)
    assert not any("it would appeal the ruling" in p.text for p in actors["Carl Mott"].positions)
    assert any("the budget was unfair" in p.text for p in actors["Carl Mott"].positions)
