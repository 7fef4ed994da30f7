"""A participle closing a sentence of two coordinate clauses goes with the nearer clause's subject ("..., but
Orbis cancelled its order, citing ..."), and a body opening a sentence with its article keeps a statement past
an apposition naming its founder (session 38), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_the_participle_after_a_second_clause_is_that_clauses_subjects() -> None:
    report = report_of(
        "Agency picks survey firms\n\n"
        "The survey agency awarded contracts to Nordlight, Vexa Systems and Carrow Labs for mapping missions in May, "
        "but Carrow Labs canceled its contract two months later, citing internal staffing problems. "
        "Nordlight said its first flight would take place in spring."
    )
    assert holders(report, "internal staffing problems") == ["Carrow Labs"]


def test_a_body_with_its_article_keeps_its_call_past_its_founder() -> None:
    report = report_of(
        "Institute urges openness on model energy\n\n"
        "The Harlow Institute for Data, a research center founded by the late shipping magnate Peter Vance, has also "
        "called for greater openness about the energy used to train models. "
        "The institute said it would publish its own figures."
    )
    assert holders(report, "greater openness") == ["Harlow Institute for Data"]
    assert "Peter Vance" not in {a.name for a in actors_of(report) if a.positions}
