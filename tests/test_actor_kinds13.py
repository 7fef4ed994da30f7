"""Kinds of names the text shows by their initials in brackets and by their own "it" (session 34), on articles
written for these tests."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of


def test_a_bloc_given_its_initials_in_brackets_is_a_body_not_a_person() -> None:
    text = (
        "State vote count ends\n\n"
        "The ruling front held its majority, while the opposition Samyukta Lok Aghadi (SLA) was cut to 31 seats. "
        '"We will study the mandate," the SLA said in a statement. '
        "Deputy premier Farhan bin Tariq (FBT) said the result was clear."
    )
    kinds = kinds_of(text)
    assert kinds["Samyukta Lok Aghadi"] == "organization"
    assert kinds["Farhan bin Tariq"] == "person"


def test_a_name_that_says_it_will_open_stores_is_a_firm() -> None:
    text = (
        "Discount chain grows\n\n"
        "On Monday, Copper Lantern said it would open 25 stores across the Midwest next year. "
        "Its chief executive, Dana Whitfield, said sales had held up. "
        "Analyst Tavi Okonkwo said it was a tough quarter for retailers."
    )
    kinds = kinds_of(text)
    assert kinds["Copper Lantern"] == "organization"
    assert kinds["Tavi Okonkwo"] == "person"


def test_a_branch_named_by_its_country_at_a_sentence_opening_keeps_its_words() -> None:
    text = (
        "Aid groups warn of drought\n\n"
        "Amnesty Watch Malawi said the maize harvest had failed in three districts. "
        "Separately Malawi said it would import grain."
    )
    report = report_of(text)
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Amnesty Watch Malawi") == "organization"
    malawi = [a for a in actors_of(report) if a.name == "Malawi"]
    assert all("maize" not in p.text for a in malawi for p in a.positions)


def test_a_firms_analysts_after_its_initials_speak_for_the_firm() -> None:
    text = (
        "Rand outlook\n\n"
        "The rand slipped on Monday. K.R. Dunmore analysts said the currency would weaken further. "
        "Prices rose in the U.S. Traders said demand was firm."
    )
    names = [a.name for a in actors_of(report_of(text))]
    assert "K.R. Dunmore" in names
    assert "Dunmore analysts" not in names


def test_a_name_that_closes_locations_is_a_firm_and_a_player_closing_a_gap_is_not() -> None:
    text = (
        "Chain trims its map\n\n"
        "Marlow Hardware plans to close 14 locations in the Southeast, a spokeswoman said. "
        "Marlow Hardware said demand had cooled since the spring. "
        "Kaveon Ridley said it would close the gap on the leaders, and he scored 22 points."
    )
    kinds = kinds_of(text)
    assert kinds["Marlow Hardware"] == "organization"
    assert kinds.get("Kaveon Ridley", "person") == "person"
