"""A product recall's report (session 35): companies named as examples of a trade, and a doctor described by a long
job-at-a-body phrase; on an article written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of

_RECALL = (
    "Formula maker recalls cans\n\n"
    "Halden Nutrition is recalling about 2 million cans of infant formula, the regulator said on Tuesday. "
    "Halden Nutrition said it was acting out of caution. "
    "Dr. Mara Quist, a pediatrician at the University of Texas at Austin, said parents should not panic. "
    "Retailers including Walmart and Target said they had pulled the products from shelves."
)


def test_names_listed_as_examples_of_a_trade_are_companies() -> None:
    report = report_of(_RECALL)
    assert holders(report, "pulled the products") == ["Walmart"]
    assert {a.name: a.kind for a in actors_of(report)}["Walmart"] == "organization"


def test_a_doctor_at_a_university_has_her_job_as_her_role_not_her_title() -> None:
    actors = {a.name: a for a in actors_of(report_of(_RECALL))}
    assert actors["Mara Quist"].role == "pediatrician at the University of Texas at Austin"


def test_a_maker_named_for_its_trade_is_a_body() -> None:
    kinds = {a.name: a.kind for a in actors_of(report_of(_RECALL))}
    assert kinds["Halden Nutrition"] == "organization"


def test_recalling_goods_is_a_deed_and_recalling_a_day_a_memory() -> None:
    text = (
        "Carmaker recalls vehicles\n\n"
        "Volkswagen is recalling 50,000 vehicles over a brake fault. "
        "Its founder, Tomas Berg, recalled the 1990 launch as the proudest day of his career."
    )
    said = {a.name: [p.cue for p in a.positions] for a in actors_of(report_of(text))}
    assert "is recalling" not in said.get("Volkswagen", [])
    assert "recalled" in said["Tomas Berg"]
