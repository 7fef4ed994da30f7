"""A person brought in as the subject of a second main clause ("..., but Charlie Brakeley quickly defused the
situation") is who the next "he said" goes on with, as one who opens the sentence is, not the last speaker of two
paragraphs before (introduced_subjects)."""

from __future__ import annotations

from written import holders, report_of

_REPORT = (
    "Minnows toast their cup run\n\n"
    "Chasetown's chairman Frank Dorsey stated his wish to remain on the club's board at the final whistle. Asked for his "
    "thoughts, he said: \"I love this club. I have loved it for forty years.\"\n\n"
    "Dorsey then put £1,000 behind the bar to cement his popularity on a memorable day.\n\n"
    "It had emerged the home players would not receive any extra money for their cup run, but Charlie Brakeley quickly "
    "defused the situation. \"None of the lads have asked for a bonus, which is good because there is not one!\" he said.\n"
)


def test_he_goes_on_with_the_subject_of_a_joined_clause() -> None:
    assert holders(report_of(_REPORT), "asked for a bonus") == ["Charlie Brakeley"]
