"""A company's trade written before its name where a sentence opens ("Lender Nationwide said", "Drugmaker
AstraZeneca said"), as wire and British business copy does: the trade describes the name, it is no part of it
(session 34), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of


def test_a_lender_named_after_its_trade_is_the_lender_and_a_body() -> None:
    text = (
        "House prices slip\n\n"
        "Lender Harwick Mutual said house prices fell by 0.4% in March, the first drop this year. "
        "Regulator Ofwatt said water bills would rise by 9% from April. "
        "Economists had expected prices to hold steady."
    )
    actors = kinds_of(text)
    assert actors.get("Harwick Mutual") == "organization"
    assert actors.get("Ofwatt") == "organization"
    assert not any(name.startswith(("Lender", "Regulator")) for name in actors)


def test_a_developer_named_after_its_trade_is_one_actor_with_its_later_mentions() -> None:
    text = (
        "Homes plan rejected\n\n"
        "Developer Greybrook Homes had said the estate would include a primary school. "
        "But councillors voted eight to three against the scheme on Wednesday. "
        "A spokeswoman for Greybrook Homes said the firm would consider an appeal."
    )
    names = [a.name for a in actors_of(report_of(text))]
    assert names.count("Greybrook Homes") == 1
    assert "Developer Greybrook Homes" not in names


def test_a_trade_a_person_may_have_keeps_the_person_and_a_company_named_with_a_trade_word_keeps_it() -> None:
    text = (
        "Climate film premieres\n\n"
        "Broadcaster Dominic Ashworth said the film showed what was at stake. "
        "Chipmaker Tarn said demand for its designs was strong. "
        "Carrier Global said its profits rose in the quarter. "
        "At the premiere in Leeds, veteran broadcaster Lena Marsh said it was moving."
    )
    actors = kinds_of(text)
    assert actors.get("Dominic Ashworth") == "person"
    assert actors.get("Lena Marsh") == "person"  # a broadcaster by trade, no outlet
    assert actors.get("Carrier Global") == "organization"


def test_a_developer_whose_name_ends_in_living_or_homes_is_a_body() -> None:
    text = (
        "The family farm that refused to sell\n\n"
        "A developer wants the land for 600 homes, and the family is split. "
        "The developer, Harcourt Living, said in a statement that the scheme would include a new school. "
        "Its rival, Fenwick Estates, said it had made no offer."
    )
    actors = kinds_of(text)
    assert actors.get("Harcourt Living") == "organization"
    assert actors.get("Fenwick Estates") == "organization"
