"""A nurse, teacher, engineer or senior "at" a body speaks for themselves, as a student there does; its spokesman
speaks for it (brief.actors.describing.only_locates), on articles written for these tests."""

from __future__ import annotations

from written import said_by


def test_a_nurse_or_a_senior_at_a_body_is_not_the_body() -> None:
    said = said_by("Winter strain\n\nKelby Hospital and Harlow College reopened on Monday.\n\n"
                   "A nurse at Kelby Hospital said the wards were full.\n\n"
                   "A senior at Harlow College said classes felt crowded.\n")
    assert said.get("Kelby Hospital", []) == []
    assert said.get("Harlow College", []) == []


def test_a_spokesman_at_a_body_still_speaks_for_it() -> None:
    said = said_by("Winter strain\n\nKelby Hospital reopened on Monday.\n\n"
                   "A spokesman at Kelby Hospital said the wards were full.\n")
    assert said["Kelby Hospital"] == ["the wards were full"]
