"""A concept car named with "Concept" is a made thing shown, not said; a concept revealed as an idea stays a
statement (session 39, from the position gold's deed shape), on an article written for this test."""

from __future__ import annotations

from written import said_by

_SHOW = (
    "Open-top coupe\n\n"
    "Earlier this year, Harbor Motors revealed the Strata Roadster Concept, essentially an open-top version of its "
    "grand tourer. Harbor Motors also revealed that the roadster would reach showrooms in May."
)


def test_revealing_a_named_concept_car_is_no_statement() -> None:
    said = said_by(_SHOW)["Harbor Motors"]
    assert not any("Roadster Concept" in t for t in said)
    assert "that the roadster would reach showrooms in May" in said
