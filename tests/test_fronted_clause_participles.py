"""A participle set off after a main clause that follows a fronted clause hangs on the main clause: "As Kenya
began ..., the sell-off began, threatening to ..." is the sell-off's risk, not the country's threat; a main
clause whose subject is the fronted clause's own ("..., she left the court, saying ...") keeps its speaker."""

from __future__ import annotations

from written import cues_by


def test_an_events_participle_is_not_the_fronted_clauses_subjects() -> None:
    said = cues_by("As Kenya began its return to work yesterday, the sell-off began, threatening to reverse an inflow "
                   "of money that had lifted the market to record highs.")
    assert not any(cue == "threatening" for cues in said.values() for cue, _ in cues)


def test_the_main_clauses_own_speaker_is_kept() -> None:
    said = cues_by("After Ann Kell beat Bo Lind in the final, she left the court, saying she was tired.")
    assert ("saying", "she was tired") in said["Ann Kell"]
