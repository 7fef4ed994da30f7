"""An official brought in unnamed ("A senior administration official, who briefed reporters on condition of
anonymity") is the one "the official" goes back to, not the spokesman named before (session 35); on an article
written for this test."""

from __future__ import annotations

from written import actors_of, report_of


def test_the_official_after_an_unnamed_one_is_not_the_named_spokesman() -> None:
    text = (
        "Prisoners freed in exchange\n\n"
        "Three prisoners were freed on Thursday. White House spokesman Tom Ardley told reporters that the talks had "
        "taken months. A senior administration official, who briefed reporters on condition of anonymity, said the "
        "talks had nearly collapsed twice. The official said the other side had insisted on a release."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    ardley = actors["Tom Ardley"]
    assert not any("insisted on a release" in p.text for p in ardley.positions)
    assert "The official" not in ardley.aliases and "the official" not in ardley.aliases
    assert any("taken months" in p.text for p in ardley.positions)


def test_a_question_for_the_president_brings_in_no_unnamed_president_and_no_role() -> None:
    text = (
        "Town hall\n\n"
        "President Ada Morrow held a town hall on Tuesday. A nurse, Tina Hale, had a question for the president. "
        '"The truth is that this issue has been manufactured," the president said.'
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert any("has been manufactured" in p.text for p in actors["Ada Morrow"].positions)
    assert "Tina Hale" not in actors  # "Tina Hale, had a question ...": her verb, no role that makes her the president
