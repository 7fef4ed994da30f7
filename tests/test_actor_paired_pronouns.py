"""Whom a "he" stands for (session 38), on articles written for these tests: not a person named beside a pronoun
by "and" ("the films he and Nils Hurst admire"), nor the last person named when an unnamed office holder opens
the sentence before ("the city's civil defense director found ...")."""

from __future__ import annotations

from written import holders, report_of


def test_a_he_after_he_and_a_name_is_not_that_name() -> None:
    report = report_of(
        "Composer and director on their musical\n\n"
        "Asked whether the film could win over audiences, director Tomas Reyes crossed his fingers. "
        "Whether his tribute to the films he and Nils Hurst admire so much reaches a wider audience is out of his "
        "hands; he simply hopes he might change the minds of a few people who dismiss the form.\n\n"
        '"We were careful with every song," Reyes said.'
    )
    assert holders(report, "change the minds") == ["Tomas Reyes"]


def test_a_he_after_an_unnamed_office_holder_opening_the_sentence_is_not_the_last_named() -> None:
    report = report_of(
        "The forgotten shelters of Harborton\n\n"
        "In 1961, President Aldous Kerr urged every family to build a shelter, and the city signed up hundreds of "
        "buildings.\n\n"
        "Most landlords took part in the drive. By 1966, the city's civil defense director found that most of the "
        'shelters had no supplies. "Personally, I have grave doubts that stocking shelters is a meaningful answer '
        'for this city," he said.'
    )
    assert holders(report, "grave doubts") == []


def test_a_he_after_a_name_and_i_is_still_that_name() -> None:
    report = report_of(
        "How the payments start-up began\n\n"
        "Nolan Pike and I got back together in 2008. Nolan was looking for something to do, and he asked me if I "
        "would want to start a company with him."
    )
    assert holders(report, "start a company") == ["Nolan Pike"]
