"""A climate report's story (session 35): a scientist whose given name is an English word too ("Glen") is a
person, not the institute named after him; on an article written for this test."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_a_given_name_that_is_an_english_word_names_a_person() -> None:
    text = (
        "Emissions report questioned\n\n"
        "The report was published on Thursday. Some scientists questioned its assumptions. Glen Peters of the "
        "Centre for Climate Research said the figure assumed that countries would meet their targets."
    )
    report = report_of(text)
    assert holders(report, "assumed that countries") == ["Glen Peters"]
    assert {a.name: a.kind for a in actors_of(report)}["Glen Peters"] == "person"


def test_a_statement_before_a_frame_that_names_its_medium_is_what_was_said() -> None:
    text = (
        "World off track on warming\n\n"
        "Countries' pledges put the world on track for about 2.7C of warming by the end of the century, the United "
        "Nations Environment Programme said in its annual Emissions Gap Report on Thursday."
    )
    assert holders(report_of(text), "on track for about 2.7C") == ["United Nations Environment Programme"]
