"""The writer's judgement after a claim ends what was said: "coaches claim they act out of concern for their
athletes, but their sudden interest seems convenient" and "said ..., but it remains unclear whether ..." (session
38, cues39). A speaker's own "but" inside a quotation stays, and so does a present judgement after "says", which may
be the speaker's. On an article written for these tests."""

from __future__ import annotations

from written import cues_by

_BOOSTERS = (
    "College coaches turn on boosters\n\n"
    "Coaches across the conference have grown louder about the influence of wealthy boosters on recruiting.\n\n"
    "Mercer State coach Dale Hargrove said this week that he had closed two practices to outsiders.\n\n"
    "Hargrove, Tom Pellman and other coaches claim they are speaking out against boosters purely out of concern for "
    "their athletes, but their sudden interest seems convenient. Pellman said the problem had grown worse every "
    "year, but it remains unclear whether the league will act.\n\n"
    "Booster club president Carl Odom says donations are down this year, but the outlook looks brighter.\n\n"
    "League commissioner Rita Vance said she would meet the coaches next month. \"We want to listen, but the "
    "rules seem clear to me,\" Vance said.\n"
)


def test_a_seeming_judgement_after_but_is_the_writers() -> None:
    said = cues_by(_BOOSTERS)["Tom Pellman"]
    assert ("claim", "they are speaking out against boosters purely out of concern for their athletes") in said
    assert ("said", "the problem had grown worse every year") in said


def test_a_quoted_but_stays_whole() -> None:
    said = cues_by(_BOOSTERS)["Rita Vance"]
    assert any("but the rules seem clear to me" in text for _, text in said)


def test_after_says_a_present_judgement_may_be_the_speakers() -> None:
    said = cues_by(_BOOSTERS)["Carl Odom"]
    assert any(text.endswith("but the outlook looks brighter") for _, text in said)
