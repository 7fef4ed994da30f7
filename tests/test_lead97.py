"""Session 61's new-user review: what a reader saw wrong on real pages, each on invented text."""

from __future__ import annotations

from pathlib import Path

from test_lead94 import _page, _story
from written import cues_by

LETTERS = (
    "<p>The council voted on Tuesday to close the old ferry terminal at the end of the summer season.</p>"
    "<p>Traders on the quay said the closure would cost them most of their trade in the tourist months.</p>"
    "<p>The council said a new terminal would open on the north shore within two years.</p>"
)


def test_a_pointer_to_the_sites_own_section_is_not_the_story(tmp_path: Path) -> None:
    # A box after the story ("In Tomorrow's Paper ... Take a look at our food section here.") opened the
    # page's summary: "take a look at" was not among the link verbs that "click", "view" and "read" are.
    body = LETTERS + "<p>In Tomorrow's Paper Check out the recipes in tomorrow's kitchen column. Take a look at our food section here.</p>"
    story = _story(_page(tmp_path, "Ferry terminal to close", body))
    assert "food section" not in story and "north shore" in story


def test_a_look_at_in_the_storys_prose_stays(tmp_path: Path) -> None:
    body = LETTERS + "<p>Inspectors will take a look at the old pier before the council decides what to build here.</p>"
    story = _story(_page(tmp_path, "Ferry terminal to close", body))
    assert "take a look at the old pier" in story


def test_an_adverb_alone_is_no_cue() -> None:
    # "captain Ashraful once again top-scored" was listed as his position with the cue "once".
    text = ("Tigers beat Bangladesh\n\nNew Zealand won the second match by nine wickets on Friday.\n\n"
            "For Bangladesh, captain Mohammad Ashraful once again top-scored with 25 before he was caught at fine leg.\n\n"
            "Mohammad Ashraful said the team would learn from the defeat.")
    assert [cue for cue, _ in cues_by(text)["Mohammad Ashraful"]] == ["said"]


MATCH = ("Tigers beat Bangladesh\n\nNew Zealand won the second match by nine wickets on Friday.\n\n"
         "For Bangladesh, captain Mohammad Ashraful top-scored with 25 before he was caught at fine leg.\n\n"
         "{} said the team would learn from the defeat.")


def test_the_coach_is_not_the_captain_just_named() -> None:
    # "The coach said ..." after "captain Mohammad Ashraful top-scored" was listed as the captain's words.
    for coach in ("The coach", "The Bangladesh coach"):
        assert "Mohammad Ashraful" not in cues_by(MATCH.format(coach)), coach
    for captain in ("The captain", "The Bangladesh captain"):
        assert [cue for cue, _ in cues_by(MATCH.format(captain))["Mohammad Ashraful"]] == ["said"], captain
