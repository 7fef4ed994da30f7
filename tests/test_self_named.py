"""A "he" whose own reported clause names the person the chain would give it to is someone else
(brief.actors.self_named). Articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_he_is_not_the_person_his_clause_names() -> None:
    report = report_of(
        "Mill founder weighs a sale\n\n"
        "Tobias Brannock founded the Tavish mill in 1998 and still runs it. Tobias Brannock said the mill had a good year. "
        "In 2009 the mill's board hired an outside adviser to look at its books. "
        "He suggested that Brannock sell the mill to a rival and keep the brand.\n")
    assert holders(report, "sell the mill to a rival") == []
    assert holders(report, "the mill had a good year") == ["Tobias Brannock"]


def test_he_keeps_a_statement_about_someone_else() -> None:
    report = report_of(
        "Mill founder weighs a sale\n\n"
        "Tobias Brannock founded the Tavish mill in 1998 and still runs it. "
        "He suggested that the board sell the old dye works to Ferrand Textiles and keep the brand.\n")
    assert holders(report, "sell the old dye works") == ["Tobias Brannock"]
