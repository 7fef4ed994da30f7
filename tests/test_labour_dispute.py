"""Who speaks in a labour dispute's report (session 35): a union described by a relative clause, "the union" for
a workers' association, "the health system" for a body named by its field, a spokeswoman "for the governor", and
a statement of two clauses joined by "and that"; on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of, said_by


def test_a_body_described_by_a_which_clause_with_a_number_speaks() -> None:
    text = (
        "Drivers back walkout\n\n"
        "The Lakeshore Bus Drivers Association, which represents 4,200 drivers across the region, said 88% of "
        "members had backed a walkout. The transit authority said services would be cut."
    )
    assert holders(report_of(text), "88% of members") == ["Lakeshore Bus Drivers Association"]


def test_the_union_is_an_association_named_for_its_members() -> None:
    text = (
        "Teachers set strike date\n\n"
        "The Westfield Teachers Association said talks with the district had failed. "
        "Superintendent Carla Mendes said the district had made a fair offer. "
        "According to the union, teachers last struck in 2019."
    )
    assert holders(report_of(text), "teachers last struck") == ["Westfield Teachers Association"]


def test_the_press_association_is_no_union() -> None:
    text = (
        "Agency staff vote\n\n"
        "The Press Association reported that staff at the printing plant had voted. "
        "According to the union, staff last struck in 2019."
    )
    assert "Press Association" not in holders(report_of(text), "staff last struck")


def test_a_body_named_by_its_field_and_a_head_noun_speaks_as_the_body() -> None:
    text = (
        "Hospital group responds\n\n"
        "Nurses voted to strike on Monday. Brookfield Health, which runs four hospitals, said it was "
        "disappointed. In a statement, the health system said it had offered a 9% raise."
    )
    report = report_of(text)
    assert holders(report, "offered a 9% raise") == ["Brookfield Health"]
    aliases = {alias for a in actors_of(report) for alias in a.aliases}
    assert "the health" not in aliases


def test_a_spokeswoman_for_the_governor_has_her_role_and_is_not_the_governor() -> None:
    text = (
        "Governor calls for talks\n\n"
        "Gov. Helen Marsh urged both sides to resume talks. "
        "A spokeswoman for the governor, Priya Dass, said she had called the union. "
        "Tom Ekberg, a spokesman for the governor, said the state would not intervene. "
        "The governor later said she was hopeful."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Priya Dass"].role == "spokeswoman for the governor"
    assert "the governor" not in actors["Tom Ekberg"].aliases
    assert any("hopeful" in p.text for p in actors["Helen Marsh"].positions)


def test_an_adviser_to_the_prime_minister_is_not_the_prime_minister() -> None:
    text = (
        "Talks to resume\n\n"
        "An adviser to the prime minister, Owen Tapsell, said the talks would resume on Monday."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Owen Tapsell"].role == "adviser to the prime minister"


def test_a_statement_of_two_clauses_joined_by_and_that_is_kept_whole() -> None:
    text = (
        "Investor opposes takeover\n\n"
        "Harwick Capital, which owns 6% of the company, said the price undervalued the business and that it "
        "would vote against the deal."
    )
    said = said_by(text)
    assert any(p.startswith("the price undervalued the business") for p in said["Harwick Capital"])


def test_a_lawyer_on_the_case_has_that_role() -> None:
    text = (
        "Union wins ruling\n\n"
        "A judge ruled for the drivers' union on Friday. \"The law is clear,\" said Lena Brandt, the union's lead "
        "lawyer on the case."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Lena Brandt"].role == "union's lead lawyer on the case"
