"""A dateline closed by a horizontal bar (U+2015, "WASHINGTON (CBS News) ―") is cut from the story like one
closed by an em dash: some broadcasters' templates set that character where others set "—"."""

from __future__ import annotations

from brief.ingest.lead_furniture import lead_furniture
from brief.text.sentences import lead_trim
from tests.written import report_of

STORY = "Harbour Gulls officials should have reported concerns about the trainer, the commissioner told the council."


def test_a_tagged_dateline_before_a_bar_is_furniture() -> None:
    paragraph = f"HARBOUR CITY (Coast News) ― {STORY}"
    assert paragraph[lead_furniture(paragraph, [], frozenset()):] == STORY
    assert paragraph[lead_trim(paragraph, 0, len(paragraph)):] == STORY


def test_a_dateline_run_into_the_bar() -> None:
    paragraph = f"NORTHGATE―{STORY}"
    assert paragraph[lead_furniture(paragraph, [], frozenset()):] == STORY


def test_the_summary_opens_with_the_story() -> None:
    text = (f"HARBOUR CITY (Coast News) ― {STORY}\n\nThe council heard from the league's players and owners on "
            "Tuesday.\n\nThe hearing went on for six hours as members asked about testing.")
    report = report_of(text)
    first = report.summaries[1].indexes[0]
    assert report.sentences[1][first].text == STORY
