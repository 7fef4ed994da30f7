"""A plural of people who campaign or march opening sentences ("Campaigners said", "Demonstrators have ...") is many
people described, a group, not a body the tagger named "Campaigners": source_words.PRIVATE_PEOPLE, on an article
written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_CLOSURE = ("Clinic closure opposed\n\n"
            "Campaigners said the closure of the Harwick clinic would leave the valley without a doctor. Campaigners "
            "have collected 9,000 signatures.\n")


def test_campaigners_are_a_group_not_an_organisation() -> None:
    kinds = {a.name.lower(): a.kind for a in actors_of(report_of(_CLOSURE))}
    assert kinds.get("campaigners") == "group"
