""""whose" as a source is the model's slip for the name before it (brief/actors/speakers.py,
``_relative_source``): "X, whose office is reviewing ..., declined to comment but said ..." is X's.
On an article written for this test."""

from __future__ import annotations

from written import holders, report_of


def test_a_whose_source_stands_for_the_name_before_its_comma() -> None:
    review = (
        "Governor rejects calls to resign\n\n"
        "Governor Kathy Hochul on Monday rejected calls to resign over a contract awarded to a donor.\n\n"
        "State Comptroller Thomas DiNapoli, whose office is reviewing the contract, declined to comment on "
        "the substance of the case but said the review would be completed \"in weeks, not months\"."
    )
    assert holders(report_of(review), "the review would be completed") == ["Thomas DiNapoli"]
