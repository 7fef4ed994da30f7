"""A speaker described by a ", who/whose ...," clause before the cue (session 35), on articles written for
these tests."""

from __future__ import annotations

from written import said_by


def test_a_speaker_with_an_age_and_a_whose_clause_says_the_clause_after_the_cue() -> None:
    text = (
        "Families say the treatment came too late\n\n"
        "The drug was approved on Thursday after years of delay. "
        "Rosalind Abara, 68, whose brother has the disease, said families had waited far too long."
    )
    said = said_by(text)
    assert said["Rosalind Abara"] == ["families had waited far too long"]


def test_a_described_speaker_after_an_apposed_title_keeps_the_words_after_the_cue() -> None:
    text = (
        "Fishermen fear the new quotas\n\n"
        "The ministry cut the catch limits on Monday. "
        "The skipper, Tomas Varga, 54, whose family has fished the lake for decades, said the cuts would end "
        "his business."
    )
    said = said_by(text)
    assert said["Tomas Varga"] == ["the cuts would end his business"]
