"""A made thing revealed is shown, not said; revealed information stays a statement (session 34, from fresh35's
and earlier samples' deed shapes), on an article written for this test."""

from __future__ import annotations

from written import said_by

_SHOW = (
    "Motor show\n\n"
    "Harbor Motors has revealed the second production model in its electric range, with the new coupe making its "
    "debut at the Marlow show. Harbor Motors also revealed that sales had doubled. "
    "Harbor Motors said the coupe would ship in May."
)


def test_revealing_a_production_model_is_no_statement() -> None:
    said = said_by(_SHOW)["Harbor Motors"]
    assert not any("production model" in t for t in said)


def test_revealing_a_fact_still_is() -> None:
    said = said_by(_SHOW)["Harbor Motors"]
    assert "that sales had doubled" in said
    assert "the coupe would ship in May" in said
