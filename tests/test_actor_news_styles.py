"""Actors in styles of news written for these tests (session 35 probes): war reports, university releases,
local disaster copy and US court rulings."""

from __future__ import annotations

from written import actors_of, report_of, said_by


def test_a_said_clause_with_two_subjects_is_not_cut_at_its_and() -> None:
    text = (
        "Missiles strike eastern city\n\n"
        "Missiles struck the city of Dovrensk overnight, officials said on Tuesday. "
        "Regional governor Oleh Marchenko said a hospital and a bakery had been hit. "
        "Three people were injured."
    )
    assert said_by(text)["Oleh Marchenko"] == ["a hospital and a bakery had been hit"]


def test_the_last_noun_of_what_was_said_is_no_role_of_the_speaker() -> None:
    text = (
        "Lab unveils faster blood test\n\n"
        "Researchers at Lakeshore University have built a blood test that gives results in an hour. "
        "\"Speed saves lives,\" said Dr. Mira Sandoval, the study's lead author. "
        "The university has filed for a patent and is looking for a commercial partner, Sandoval said."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert "partner" not in roles["Mira Sandoval"]


def test_a_utility_cited_for_its_outages_is_no_news_outlet() -> None:
    text = (
        "Storms knock out power\n\n"
        "More than 30,000 customers were without power on Tuesday, according to Prairie Gas & Electric. "
        "The utility said most lines would be repaired by Thursday."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Prairie Gas & Electric"] != "news outlet"


def test_a_state_named_in_a_ruling_headline_is_a_place() -> None:
    text = (
        "Court upholds Tennessee limits on clinic hours\n\n"
        "The Supreme Court on Wednesday upheld a Tennessee law limiting clinic hours. "
        "Chief Justice Ada Brennan wrote for the majority that the law was a reasonable rule. "
        "Attorney General Jon Rourke called the ruling a victory."
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Tennessee", "place") == "place"
    assert kinds["Ada Brennan"] == "person"


def test_a_speaker_set_off_by_a_which_clause_is_a_body() -> None:
    text = (
        "Singer calls off autumn tour\n\n"
        "Singer Lena Morrow has called off her autumn tour, citing exhaustion. "
        "Silver Arrow, which promoted the tour, said ticket holders would be refunded by email. "
        "Her manager, Dev Castell, said she was resting."
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds["Silver Arrow"] == "organization"
    assert kinds["Dev Castell"] == "person"


def test_a_name_read_a_person_that_takes_which_and_speaks_is_a_body() -> None:
    text = (
        "Singer calls off autumn tour\n\n"
        "Singer Lena Morrow has called off her autumn tour. "
        "Harper Lane, which promoted the tour, said ticket holders would be refunded by email. "
        "Harper Lane has run concerts since 2001. "
        "Dana Pike, who booked the venues, said the dates might be moved to spring."
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds["Harper Lane"] == "organization"
    assert kinds["Dana Pike"] == "person"
