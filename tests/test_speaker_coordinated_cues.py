"""A cue in the past joined by "and"/"but" to the deed of its sentence's subject is that subject's
(brief.actors.coordinated_cues), on texts written for these tests."""

from __future__ import annotations

from written import said_by


def test_a_past_cue_after_but_shares_the_subject_of_the_first_verb() -> None:
    said = said_by("Rates decision\n\nThe Central Bank of Dravia left rates unchanged but signaled it still expects "
                   "to cut twice this year.\n\nKorva Police arrested the driver and said he had been drinking.\n")
    assert said.get("Central Bank of Dravia") == ["it still expects to cut twice this year"]
    assert said.get("Korva Police") == ["he had been drinking"]
