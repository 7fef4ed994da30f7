"""A pronoun source is read by brief.actors.pronoun_speakers (moved out of brief.actors.positions): "he" goes on
with the man who spoke last, "it" with the body. On an article written for this test."""

from __future__ import annotations

from written import holders, report_of

_FERRY = (
    "Ferry service to resume in May\n\n"
    "Harbourmaster Colm Rudd said on Tuesday that the ferry to Inchmore would sail again in May. "
    "\"The new pier is almost finished,\" he said.\n\n"
    "The Inchmore Ferry Company said it had hired four more crew. It said fares would stay the same this year."
)


def test_he_goes_on_with_the_last_speaker() -> None:
    assert holders(report_of(_FERRY), "pier is almost finished") == ["Colm Rudd"]


def test_it_goes_on_with_the_body_that_spoke() -> None:
    assert holders(report_of(_FERRY), "fares would stay the same") == ["Inchmore Ferry Company"]
