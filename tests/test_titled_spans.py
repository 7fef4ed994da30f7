"""A titled person the tagger left untagged is still a person (brief.actors.titled_spans)."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.titled_spans import with_titled_spans


def test_a_titled_name_whose_surname_is_a_common_word_is_found() -> None:
    report = report_of(
        "Prosecutor drops charges in harbour case\n\n"
        "District Attorney Pamela Price dropped the charges against the harbour pilots on Tuesday.\n\n"
        "Price said she would seek to review all 41 cases handled by the old unit.\n"
    )
    price = next(a for a in actors_of(report) if a.name == "Pamela Price")
    assert price.kind == "person"
    assert holders(report, "review all 41 cases") == ["Pamela Price"]


def test_only_a_title_a_given_name_and_a_capitalised_surname_make_a_person() -> None:
    words = "Minister Pamela Price met Coach Victoria Hale and the Mayor said Anna left .".split()
    assert with_titled_spans(words, []) == [(1, 3, "PER"), (5, 7, "PER")]
    words = "Minister Pamela Price spoke .".split()
    assert with_titled_spans(words, [(1, 3, "ORG")]) == [(1, 3, "ORG")]  # a span of the tagger's stays
    words = "Our minister Pamela Price spoke .".split()
    assert with_titled_spans(words, []) == []  # a title in lower case may be a common noun
