"""A place's name followed by a capitalised compound names that place's paper or club, not the place (session 37),
on articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def test_a_city_and_a_hyphened_capitalised_word_is_the_paper_that_speaks() -> None:
    text = (
        "Casino strip has record summer\n\n"
        "The Salt Lake Herald-Tribune's columnist called the new show the best of the year. "
        "Ticket sales rose by a third in July."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Salt Lake" not in actors
    paper = actors["Salt Lake Herald-Tribune"]
    assert paper.kind == "organization"
    assert [p.summary for p in paper.positions] == ["calls the new show the best of the year"]
