"""A quotation closed by a comma, then its speaker and one verb (“...,” the trader laughs): an
attribution whatever the verb, with the quotation as its content (brief.actors.framing.closing_frame),
on texts written for these tests."""

from __future__ import annotations

import pytest
from written import holders, report_of

from brief.actors.attribution import find_attributions


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(text[a.cue[0] : a.cue[1]], a.source and text[a.source[0] : a.source[1]], text[a.content[0] : a.content[1]])
            for a in find_attributions(text, [(0, len(text))])]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("“They believe I am such a devout man,” the round, bearded trader laughs.",
         "laughs", "the round, bearded trader", "“They believe I am such a devout man,”"),
        ("“I have won the vote in every district if you leave out the cheaters,” the mayor fumed in a long post.",
         "fumed", "the mayor", "“I have won the vote in every district if you leave out the cheaters,”"),
    ],
)
def test_a_verb_after_a_quotation_and_its_speaker_is_the_cue(text: str, cue: str, source: str, content: str) -> None:
    assert (cue, source, content) in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her favourite is “Captain Kick,” a game about heading soccer balls.", "balls"),
        ("Over dinner, after reading “In the Plex,” Campbell got angry about the book.", "got"),
    ],
)
def test_a_phrase_with_its_own_object_or_a_title_in_quotes_is_no_frame(text: str, word: str) -> None:
    assert all(cue != word for cue, _, _ in _found(text))


def test_a_tagged_cue_whose_content_missed_the_quotation_takes_it() -> None:
    text = ("“Do you want to hear the old tapes?” Omar Haddad asks as he steers his white sedan along a narrow "
            "road between the fields.")
    assert any(cue == "asks" and content == "“Do you want to hear the old tapes?”" for cue, _, content in _found(text))


def test_the_speaker_of_a_framed_quotation_goes_on_with_the_next_one() -> None:
    report = report_of(
        "Omar Haddad drives a white sedan through the fields near the river every week, selling seed to farmers.\n\n"
        "“They believe I am such a devout and honest man,” the round, bearded businessman laughs. “They have no idea "
        "I am cheating every one of them.”\n\n"
        "The farmers buy from him anyway.\n"
    )
    assert holders(report, "such a devout and honest man") == ["Omar Haddad"]
    assert holders(report, "cheating every one of them") == ["Omar Haddad"]
