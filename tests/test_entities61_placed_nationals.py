"""Unnamed nationals with where they are ("Many Chileans interviewed in Pella expressed ...") are people, not their
country's voice (brief.actors.describing.unnamed_national), on an article written for this test."""

from __future__ import annotations

from written import said_by

_ARMY_CHIEF = (
    "Veloria names new army chief\n\n"
    "Veloria's president on Monday named General Arto Kessel as head of the armed forces, a move that surprised many "
    "in the capital.\n\n"
    "Many Chileans interviewed in Pella expressed alarm over the appointment, although some welcomed it.\n\n"
    "Kessel led the army's northern command during the 2019 border clashes with Ostrana.\n\n"
    '"He is a soldier, not a politician," said Ilse Marten, a defence analyst in Ostrana\'s capital.\n'
)


def test_placed_nationals_are_no_country() -> None:
    said = said_by(_ARMY_CHIEF)
    assert not said.get("Chile") and not said.get("Pella")
    assert said.get("Ilse Marten")
