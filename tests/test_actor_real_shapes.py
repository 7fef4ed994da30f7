"""Shapes seen on real pages (session 42, leads47), on articles written for these tests: a role apposed after
"its" is the office of the body "its" stands for; "Minister in the Presidency X" is a role; a body with its short
form and a relative clause keeps its statement; a word before a province is a body; a military is no state."""

from __future__ import annotations

from written import actors_of, report_of


def test_its_chief_executive_is_the_company_named_before() -> None:
    text = (
        "Lakeside Ferries cuts crossings\n\n"
        "Lakeside Ferries, an operator based in Gdansk, said on Monday that it would cut two crossings to Sweden. "
        "Its chief executive, Tomasz Rybak, said fuel costs had doubled in a year."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Tomasz Rybak"] == "Lakeside Ferries' chief executive"


def test_its_spokesman_is_the_subjects_not_the_last_body_named() -> None:
    text = (
        "Watchdog opens inquiry into rail firm\n\n"
        "The Transport Standards Office said on Tuesday that it had opened an inquiry into delays at Westline Rail. "
        "Its spokesman, Gareth Pryce, said the office wanted answers by June."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Gareth Pryce"] == "Transport Standards Office's spokesman"


def test_minister_in_the_presidency_is_a_role() -> None:
    text = (
        "Cabinet backs water plan\n\n"
        "The cabinet approved a water plan on Wednesday after a long delay. "
        "Minister in the Presidency Lerato Dlamini said the plan would reach a million homes."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Lerato Dlamini"] == "Minister in the Presidency"


def test_a_body_with_its_short_form_and_a_relative_clause_keeps_its_statement() -> None:
    text = (
        "Coalition talks collapse\n\n"
        "Talks on a new coalition collapsed in the capital on Friday.\n\n"
        "The Radical Land Warriors (RLW), which won nine percent of the vote in May, said it would not join "
        "any government led by the ruling party."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("would not join" in t for t in said.get("Radical Land Warriors", []))


def test_a_word_before_a_province_or_a_county_is_a_body() -> None:
    text = (
        "Waiting lists grow\n\n"
        "Waiting lists at hospitals grew again in March.\n\n"
        "Santé Québec said it would hire forty nurses.\n\n"
        "Healthwatch Derbyshire said families had complained about staffing."
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds["Santé Québec"] == "organization"
    assert kinds["Healthwatch Derbyshire"] == "organization"


def test_a_countrys_military_speaks_as_a_body_not_the_state() -> None:
    text = (
        "Drones shot down\n\n"
        "Fighting continued along the border on Saturday.\n\n"
        "The Egyptian military said it had intercepted two drones over the Sinai. "
        "The Polish air force said it had scrambled jets."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("intercepted two drones" in t for t in said.get("Egyptian military", []))
    assert any("scrambled jets" in t for t in said.get("Polish air force", []))
    assert "Egypt" not in said and "Poland" not in said
