"""Verbs of choosing or trying with an infinitive ("prefers not to discuss", "struggles to explain",
"sought to delay", "decided to hold") name the actor's own next act, no position
(brief.actors.intended_deeds), on an article written for these tests."""

from __future__ import annotations

from written import said_by

_FERRY = ("Harbour town weighs ferry plan\n\nThe Marlow Ferry Company struggles to explain why it wants a new terminal on the east "
          "quay, its owner Tobias Grell said on Monday.\n\nGrell prefers not to discuss the cost of the project. The "
          "town council decided to hold a public hearing in March.\n\n\"We need the terminal before the summer "
          "season,\" Grell said. Councillor Anwen Pryce said the quay was too small for larger boats.\n\nPryce sought "
          "to delay the vote last year. The company decided to open the terminal in 2027.\n")


def test_choices_and_attempts_are_no_positions() -> None:
    said = said_by(_FERRY)
    assert not any(text.startswith("to ") for texts in said.values() for text in texts)
    assert said["Anwen Pryce"] == ["the quay was too small for larger boats"]


def test_the_statements_beside_them_stay() -> None:
    said = said_by(_FERRY)
    assert '"We need the terminal before the summer season,"' in said["Tobias Grell"]


def test_a_plan_unveiled_keeps_its_position() -> None:
    said = said_by("Solar push\n\nThe Ministry of Energy has unveiled a plan to help the solar industry cut the cost "
                   "of panels by half by 2030.\n")
    assert any(text.startswith("to help the solar industry") for text in said["Ministry of Energy"])
