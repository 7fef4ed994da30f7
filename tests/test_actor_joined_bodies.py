"""A body named first in "X and <a body> said they ..." speaks too, when the tagger left X untagged at the
sentence's opening ("Tearfund") or read it as a place no gazetteer holds ("Oxfam"): both hold the position
(session 43, leads48). On an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_LENDING = (
    "Charities press bank over fossil fuel lending\n\n"
    "Oxfam and Barclays Bank said they had agreed to meet next month to discuss the bank's lending to oil "
    "companies.\n\n"
    "Tearfund and Lloyds Banking Group said they had settled a dispute over a leaked letter. Trocaire and the "
    "World Bank said they would publish a joint report.\n"
)


def test_the_first_of_two_joined_bodies_holds_the_position() -> None:
    actors = {a.name: a for a in actors_of(report_of(_LENDING))}
    for name, words in (("Oxfam", "agreed to meet"), ("Tearfund", "settled a dispute"), ("Trocaire", "joint report")):
        assert name in actors and actors[name].kind == "organization"
        assert any(words in p.text for p in actors[name].positions)
    assert any("agreed to meet" in p.text for p in actors["Barclays Bank"].positions)
