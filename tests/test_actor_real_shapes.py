"""Shapes seen on real pages (session 42, leads47), on articles written for these tests: a role apposed after
"its" is the office of the body "its" stands for; "Minister in the Presidency X" is a role; a body with its short
form and a relative clause keeps its statement; a word before a province is a body; a military is no state; and others."""

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


def test_a_spokesperson_for_an_archbishop_speaks_for_the_archbishop() -> None:
    text = (
        "Church leader to visit flood victims\n\n"
        "Mayor Helen Dorsey said on Friday that the floods had ruined two hundred homes.\n\n"
        "A spokesperson for the Archbishop of Carlisle said he would visit the flooded towns next week."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("visit the flooded towns" in t for t in said.get("Archbishop of Carlisle", []))
    assert not any("visit the flooded towns" in t for t in said.get("Helen Dorsey", []))


def test_a_rep_for_the_star_speaks_for_the_star() -> None:
    text = (
        "Singer cancels tour dates\n\n"
        "The pop singer Mara Quill has cancelled four tour dates in Europe.\n\n"
        "A rep for the star told Billboard that she was recovering from a throat infection."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("throat infection" in t for t in said.get("Mara Quill", []))


def test_a_name_described_as_the_venues_owner_with_no_given_name_is_a_body() -> None:
    text = (
        "Concert hall closed\n\n"
        "A concert hall in Leeds closed on Monday after a roof leak.\n\n"
        "Kwik Leisure, the venue's owner, said the hall would reopen in June."
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds["Kwik Leisure"] == "organization"


def test_a_rank_written_out_after_an_office_is_not_part_of_the_role() -> None:
    text = (
        "Ship seized in the Gulf\n\n"
        "A cargo ship was seized in the Gulf on Tuesday.\n\n"
        "Navy spokesman Rear Admiral Thomas Bell said the crew were safe. "
        "Army spokeswoman Colonel Ruth Adler said troops were on alert."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Thomas Bell"] == "Navy spokesman"
    assert roles["Ruth Adler"] == "Army spokeswoman"


def test_a_union_named_by_a_code_speaks_not_its_country() -> None:
    text = (
        "Strike at ports\n\n"
        "Dock workers in Sweden began a strike on Wednesday.\n\n"
        "Swedish union 4T said the strike would last a week."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("last a week" in t for t in said.get("4T", []))
    assert not any("last a week" in t for t in said.get("Sweden", []))


def test_a_handle_in_brackets_after_a_name_is_that_names_account() -> None:
    text = (
        "Road closed after crash\n\n"
        "A crash closed the A9 on Monday.\n\n"
        "Police Scotland Tayside said a man had been arrested.\n\n"
        "Police Scotland Highlands (@PSHighlandsX) said the road would reopen."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert not said.get("PSHighlandsX")
    assert any("reopen" in t for name, texts in said.items() if "Highlands" in name for t in texts)


def test_a_korean_family_name_alone_is_the_person_named_in_full() -> None:
    text = (
        "Mayor race tightens\n\n"
        "The race for mayor of Busan tightened on Friday.\n\n"
        "Oh Min-seok, a former minister, leads in the polls. Oh said he would build more housing.\n\n"
        "Mr Oh said the city needed cleaner buses."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("more housing" in t for t in said.get("Oh Min-seok", []))
    assert any("cleaner buses" in t for t in said.get("Oh Min-seok", []))


def test_the_airline_is_not_the_planemaker_named_last() -> None:
    text = (
        "Jet orders delayed\n\n"
        "Skyward Airlines said on Monday that it would delay taking new jets from Aerion Aircraft because of "
        "engine problems.\n\n"
        "Aerion Aircraft said it was working to fix the engines.\n\n"
        "The airline said it would lease older planes meanwhile."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("lease older planes" in t for t in said.get("Skyward Airlines", []))
