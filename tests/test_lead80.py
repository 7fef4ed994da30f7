"""What read wrong when the lead briefed more real pages after session 57's merge, on articles written for this test:
a ticker's links read as a body ("Microsoft (MSFT.O: Quote, Profile, Research)": brief.actors.ticker_links); knocking
someone to the court read as criticism (brief.actors.bodily_senses)."""

from __future__ import annotations

from written import cues_by, kinds_of


def test_a_tickers_links_are_no_actors() -> None:
    kinds = kinds_of("Probe\n\nThe European Commission, fresh from a court victory over Norvik (NVK.O: Quote, Profile, "
                     "Research), launched two new investigations on Monday.\n\nNorvik (NVK.O: Quote, Profile, Research) "
                     "said it would cooperate with the Commission. Research by the Commission took two years.")
    assert kinds["Norvik"] == "organization"
    assert "Profile" not in kinds and "Quote" not in kinds


def test_knocking_someone_to_the_court_is_a_foul_not_criticism() -> None:
    cues = cues_by("Guard\n\nGuard Tomas Ferro is close to resuming workouts. Ferro was hurt when Al Corwin knocked him to "
                   "the court on Dec. 11.\n\nCoach Sam Reyes knocked the plan to move the team.")
    assert not cues.get("Al Corwin")
    assert ("knocked", "the plan to move the team") in cues["Sam Reyes"]


def test_calling_a_timeout_is_a_move_in_the_game() -> None:
    cues = cues_by("Game\n\nBynes fell with 20 seconds left. The Lakers called for a timeout and all of his teammates "
                   "rushed onto the floor.\n\nCoach Phil Jenks called for calm after the game.")
    assert not cues.get("Lakers")
    assert cues["Phil Jenks"] == [("called for", "calm after the game")]
